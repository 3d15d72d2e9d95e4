// For every server action the application exports: which roles may call it, and a valid payload
// (made fresh for each call, since many actions consume their record). An action without an
// entry here fails tests/integration/action-authorization.test.ts.
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { PASSWORD } from './actors';

export type Payload = Record<string, string>;
export type ActionCase = {
  /** Roles allowed to call it; 'everyone' includes visitors who are not signed in. */
  allowed: readonly Role[] | 'everyone';
  payload: (prisma: PrismaClient) => Promise<Payload>;
  /** A form action (formData) => void rather than (state, formData) => state. */
  isPlainFormAction?: boolean;
};

const EDITORS = ['admin', 'staff'] as const;
const ADMINS = ['admin'] as const;
/** Every role (lib/auth/roles.ts). */
const SIGNED_IN = ROLES;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const freeCode = async (prisma: PrismaClient) => {
  for (;;) {
    const code = String(90000 + Math.floor(Math.random() * 9999));
    if (!(await prisma.localGovernment.findUnique({ where: { code } }))) return code;
  }
};
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Letters only (English names take no digits), one to one: each base-36 character as two letters.
 * Replacing every digit by 'x' made two unique() values collide now and then (a flaky slug clash). */
const letters = (text: string) =>
  [...text]
    .map((c) => (BASE36.includes(c) ? String.fromCharCode(97 + Math.floor(BASE36.indexOf(c) / 26), 97 + (BASE36.indexOf(c) % 26)) : 'xx'))
    .join('');

async function seoul(prisma: PrismaClient) {
  return prisma.region.findUniqueOrThrow({ where: { slug: 'seoul' } });
}

export async function freshLocalGovernment(prisma: PrismaClient) {
  const region = await seoul(prisma);
  const name = letters(unique());
  const lg = await prisma.localGovernment.create({
    data: {
      slug: `seoul-test-${name}`,
      code: await freeCode(prisma),
      kind: 'gu',
      nameKo: '시험구',
      nameEn: `Test-${name}-gu`,
      regionId: region.id,
      searchInitials: '',
      searchJamo: '',
      searchLatin: '',
    },
  });
  // Created with a code: the type says a code may be missing only for former units of the seed.
  return { ...lg, code: lg.code! };
}

export async function freshDesignation(prisma: PrismaClient, year = 2024) {
  const lg = await freshLocalGovernment(prisma);
  return prisma.designation.create({ data: { localGovernmentId: lg.id, firstYear: year, designatedByYear: year, source: 'test' } });
}

async function freshMembership(prisma: PrismaClient) {
  const designation = await freshDesignation(prisma);
  return prisma.membership.create({ data: { kind: 'mayor', localGovernmentId: designation.localGovernmentId, source: 'test' } });
}

async function seoulDistrictOffice(prisma: PrismaClient) {
  return prisma.officeOfEducation.findFirstOrThrow({ where: { level: 'district', region: { slug: 'seoul' }, abolishedOn: null } });
}

/** A programme of 2026 no other test uses, for local governments. */
async function freshProgramme(prisma: PrismaClient) {
  return prisma.programme.create({
    data: {
      code: `test-${letters(unique())}`,
      year: 2026,
      nameKo: '시험 사업',
      nameEn: 'Test programme',
      recipientKind: 'local_government',
      amountPerRecipient: 10_000_000n,
    },
  });
}

/** A draft allocation of a fresh programme to a fresh local government. */
async function freshAllocation(prisma: PrismaClient) {
  const [programme, lg] = await Promise.all([freshProgramme(prisma), freshLocalGovernment(prisma)]);
  return prisma.allocation.create({
    data: { programmeId: programme.id, recipientKind: 'local_government', localGovernmentId: lg.id, amount: 10_000_000n, status: 'draft' },
  });
}

async function freshUser(prisma: PrismaClient) {
  const id = randomUUID();
  return prisma.user.create({ data: { id, email: `user-${unique()}@test.example`, name: 'Someone', role: 'staff' } });
}

export const ACTION_CASES: Record<string, ActionCase> = {
  createLocalGovernmentAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      code: await freeCode(prisma),
      kind: 'gu',
      nameKo: '새시험구',
      nameEn: `New-${letters(unique())}-gu`,
      regionId: String((await seoul(prisma)).id),
    }),
  },
  updateLocalGovernmentAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const lg = await freshLocalGovernment(prisma);
      return {
        id: String(lg.id),
        version: '1',
        code: lg.code,
        kind: lg.kind,
        nameKo: '고친구',
        nameEn: lg.nameEn,
        regionId: String(lg.regionId),
      };
    },
  },
  renameLocalGovernmentAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const lg = await freshLocalGovernment(prisma);
      return {
        id: String(lg.id),
        version: '1',
        effectiveOn: '2026-01-01',
        code: lg.code,
        kind: lg.kind,
        nameKo: '새이름구',
        nameEn: `Renamed-${letters(unique())}-gu`,
        regionId: String(lg.regionId),
      };
    },
  },
  retireLocalGovernmentAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({ id: String((await freshLocalGovernment(prisma)).id), version: '1', abolishedOn: '2026-10-01' }),
  },
  createDesignationAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      localGovernmentId: String((await freshLocalGovernment(prisma)).id),
      firstYear: '2026',
      source: 'a test announcement',
    }),
  },
  updateDesignationAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      id: String((await freshDesignation(prisma)).id),
      version: '1',
      firstYear: '2025',
      source: 'a corrected source',
    }),
  },
  retireDesignationAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      id: String((await freshDesignation(prisma)).id),
      version: '1',
      status: 'withdrawn',
      endedOn: '2026-10-01',
    }),
  },
  setEvaluationCohortAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      id: String((await freshDesignation(prisma, 2010)).id),
      version: '1',
      evaluationCohortYear: '2021',
      note: 'cohort from a test',
    }),
  },
  recordEvaluationAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      designationId: String((await freshDesignation(prisma)).id),
      version: '1',
      dueYear: '2028',
      outcome: 'redesignated',
      validUntilYear: '2031',
    }),
  },
  updateEvaluationAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const designation = await freshDesignation(prisma, 2019);
      const evaluation = await prisma.evaluation.create({
        data: { designationId: designation.id, dueYear: 2023, outcome: 'redesignated' },
      });
      return {
        id: String(evaluation.id),
        version: '1',
        dueYear: '2023',
        outcome: 'conditional',
        followUpYear: '2024',
        note: 'corrected by a test',
      };
    },
  },
  importEvaluationsAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const designation = await freshDesignation(prisma);
      const lg = await prisma.localGovernment.findUniqueOrThrow({ where: { id: designation.localGovernmentId } });
      return { dueYear: '2028', intent: 'apply', text: `${lg.code},redesignated`, source: 'a test round' };
    },
  },
  issueCalendarTokenAction: {
    allowed: SIGNED_IN,
    payload: async () => ({ intent: 'create' }),
  },
  createMembershipAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      kind: 'mayor',
      localGovernmentId: String((await freshDesignation(prisma)).localGovernmentId),
      source: 'a test source',
    }),
  },
  updateMembershipAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({
      id: String((await freshMembership(prisma)).id),
      version: '1',
      joinedOn: '2024-05-01',
      source: 'a test source',
    }),
  },
  retireMembershipAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({ id: String((await freshMembership(prisma)).id), version: '1', leftOn: '2026-10-01' }),
  },
  updateOfficeAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const office = await seoulDistrictOffice(prisma);
      return {
        id: String(office.id),
        version: String(office.version),
        nameKo: `${office.nameKo}`,
        nameEn: `${office.nameEn} ${unique()}`,
        shortKo: office.shortKo,
      };
    },
  },
  addJurisdictionAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const office = await seoulDistrictOffice(prisma);
      const lg = await freshLocalGovernment(prisma);
      return { officeId: String(office.id), version: String(office.version), localGovernmentId: String(lg.id), validFrom: '2026-10-01' };
    },
  },
  endJurisdictionAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const office = await seoulDistrictOffice(prisma);
      const lg = await freshLocalGovernment(prisma);
      const jurisdiction = await prisma.officeJurisdiction.create({
        data: { officeId: office.id, localGovernmentId: lg.id, validFrom: new Date('2026-01-01T00:00:00Z') },
      });
      return {
        officeId: String(office.id),
        version: String(office.version),
        jurisdictionId: String(jurisdiction.id),
        validUntil: '2026-11-01',
      };
    },
  },
  retireOfficeAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const parent = await prisma.officeOfEducation.findFirstOrThrow({ where: { level: 'provincial', region: { slug: 'seoul' } } });
      const office = await prisma.officeOfEducation.create({
        data: {
          slug: `seoul-test-${letters(unique())}`,
          level: 'district',
          nameKo: `서울특별시시험${unique()}교육지원청`,
          nameEn: 'Test office',
          shortKo: '시험',
          regionId: parent.regionId,
          parentId: parent.id,
        },
      });
      return { id: String(office.id), version: '1', abolishedOn: '2026-10-01' };
    },
  },
  createProgrammeAction: {
    allowed: EDITORS,
    payload: async () => ({
      code: `test-${letters(unique())}`,
      year: '2026',
      nameKo: '시험 사업',
      nameEn: 'Test programme',
      recipientKind: 'local_government',
      amountPerRecipient: '10000000',
    }),
  },
  updateProgrammeAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const programme = await freshProgramme(prisma);
      return {
        id: String(programme.id),
        version: '1',
        code: programme.code,
        year: '2026',
        nameKo: '고친 사업',
        nameEn: 'Corrected programme',
        recipientKind: 'local_government',
        amountPerRecipient: '12000000',
      };
    },
  },
  deleteProgrammeAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({ id: String((await freshProgramme(prisma)).id), version: '1' }),
  },
  createAllocationAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const [programme, lg] = await Promise.all([freshProgramme(prisma), freshLocalGovernment(prisma)]);
      return { programmeId: String(programme.id), localGovernmentId: String(lg.id), amount: '10000000', status: 'draft' };
    },
  },
  updateAllocationAction: {
    allowed: EDITORS,
    payload: async (prisma) => {
      const allocation = await freshAllocation(prisma);
      return { id: String(allocation.id), version: '1', localGovernmentId: String(allocation.localGovernmentId), amount: '20000000' };
    },
  },
  changeAllocationStatusAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({ id: String((await freshAllocation(prisma)).id), version: '1', status: 'announced' }),
  },
  deleteAllocationAction: {
    allowed: EDITORS,
    payload: async (prisma) => ({ id: String((await freshAllocation(prisma)).id), version: '1' }),
  },
  createUserAction: {
    allowed: ADMINS,
    payload: async () => ({ email: `new-${unique()}@test.example`, name: 'New person', role: 'staff' }),
  },
  changeUserRoleAction: {
    allowed: ADMINS,
    payload: async (prisma) => ({ userId: (await freshUser(prisma)).id, role: 'ministry', version: '1' }),
  },
  setUserActiveAction: {
    allowed: ADMINS,
    payload: async (prisma) => ({ userId: (await freshUser(prisma)).id, isActive: 'false', version: '1' }),
  },
  resetUserPasswordAction: {
    allowed: ADMINS,
    payload: async (prisma) => ({ userId: (await freshUser(prisma)).id, version: '1' }),
  },
  changeOwnPasswordAction: {
    allowed: SIGNED_IN,
    payload: async () => ({ currentPassword: PASSWORD, newPassword: `${PASSWORD} changed`, confirmPassword: `${PASSWORD} changed` }),
  },
  signInAction: {
    allowed: 'everyone',
    payload: async () => ({ email: 'nobody@test.example', password: 'wrong password here' }),
  },
  signOutAction: {
    allowed: 'everyone',
    isPlainFormAction: true,
    payload: async () => ({}),
  },
};
