// Where an audit entry's record is read (issue 14: entries link to their records): the staff
// screen of each kind of record, or null for a kind without a screen of its own.
const SCREENS: Record<string, (id: string) => string> = {
  LocalGovernment: (id) => `/admin/local-governments/${id}`,
  Designation: (id) => `/admin/designations/${id}`,
  Membership: (id) => `/admin/memberships/${id}`,
  OfficeOfEducation: (id) => `/admin/offices/${id}`,
  Programme: (id) => `/admin/programmes/${id}`,
  Allocation: (id) => `/admin/allocations/${id}`,
  Agreement: (id) => `/admin/agreements/${id}`,
  Network: (id) => `/admin/networks/${id}`,
  NetworkMembership: (id) => `/admin/network-memberships/${id}`,
  Officer: (id) => `/admin/officers/${id}`,
  Organisation: (id) => `/admin/organisations/${id}`,
  User: (id) => `/admin/users#user-${id}`,
};

export function recordLink(entityType: string, entityId: string | number): string | null {
  const screen = Object.hasOwn(SCREENS, entityType) ? SCREENS[entityType] : undefined;
  return screen ? screen(String(entityId)) : null;
}
