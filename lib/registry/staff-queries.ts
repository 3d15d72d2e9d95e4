import 'server-only';
import { designationActiveOn } from '@/lib/designations/in-force';
import { todayInKorea } from '@/lib/core/dates';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';

export type StaffDashboard = { localGovernments: number; designations: number; members: number; offices: number };

export async function getStaffDashboard(): Promise<StaffDashboard> {
  await requireAccess('registry.read');
  const [localGovernments, designations, members, offices] = await Promise.all([
    db.localGovernment.count({ where: { abolishedOn: null } }),
    db.designation.count({ where: { ...designationActiveOn(todayInKorea()), localGovernment: { abolishedOn: null } } }),
    db.membership.count({ where: { leftOn: null } }),
    db.officeOfEducation.count({ where: { abolishedOn: null } }),
  ]);
  return { localGovernments, designations, members, offices };
}
