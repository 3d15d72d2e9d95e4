// Issue 15: networks, agreements and the association, seeded with sources, read by the public
// pages' queries, and edited by staff to the standards of every write (role, zod, one transaction
// with its audit row, optimistic concurrency, the right pages refreshed).
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { agreementEnd, latestPossibleEnd, standingOn } from '@/lib/agreements/standing';
import { invalidatedTags } from '../support/next-cache';
import { actAs, createActor, type TestActor } from './support/actors';

let prisma: PrismaClient;
let staff: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  staff = await createActor('staff');
});

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
async function send(action: Action, values: Record<string, string | number>): Promise<ActionState | 'redirected'> {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'ko', ...values })) formData.set(key, String(value));
  actAs(staff);
  try {
    return await action(IDLE, formData);
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

const isReadable = (source: string) => /^https?:\/\/\S+$/.test(source) || /2025-03-04|KALLC website/.test(source);

describe('the seed of networks, agreements and the association', () => {
  it('holds the four networks and the Korean members of GNLC and IAEC, every row with a source a reader can open', async () => {
    const networks = await prisma.network.findMany({ orderBy: { sortOrder: 'asc' }, include: { memberships: true } });
    expect(networks.map((n) => [n.slug, n.memberships.length])).toEqual([
      ['gnlc', 41],
      ['iaec', 26],
      ['aplc', 4],
      ['pascal-lcn', 2],
    ]);
    const rows = [
      ...(await prisma.networkMembership.findMany({ select: { source: true } })),
      ...(await prisma.networkRole.findMany({ select: { source: true } })),
      ...(await prisma.networkCount.findMany({ select: { source: true } })),
      ...(await prisma.award.findMany({ select: { source: true } })),
      ...(await prisma.associationOfficer.findMany({ select: { source: true } })),
      ...(await prisma.associationEvent.findMany({ select: { source: true } })),
      ...(await prisma.associationMemberCount.findMany({ select: { source: true } })),
      ...(await prisma.agreement.findMany({ select: { source: true } })),
    ];
    expect(rows.filter((row) => !isReadable(row.source))).toEqual([]);
    // A year stays a year: the first eight GNLC members joined in 2016, no day is made up.
    const bucheon = await prisma.networkMembership.findFirstOrThrow({ where: { organisation: { slug: 'gyeonggi-bucheon-si' } } });
    expect(bucheon.joinedOn).toBe('2016');
  });

  it('keeps Seoul’s IAEC application an application, with its month and no joining date', async () => {
    const seoul = await prisma.networkMembership.findFirstOrThrow({
      where: { network: { slug: 'iaec' }, organisation: { slug: 'region-seoul' } },
    });
    expect(seoul).toMatchObject({ status: 'applied', appliedOn: '2025-02', joinedOn: null });
    expect(seoul.source).toContain('2025-03-04');
  });

  it('has both agreements of the Seoul report with their parties, roles and terms', async () => {
    const { getAgreement } = await import('@/lib/agreements/queries');
    const gimpo = (await getAgreement('2025-02-25-seoul-gimpo'))!;
    expect(gimpo.parties.map((p) => [p.organisation.slug, p.organisation.kind])).toEqual([
      ['region-seoul', 'region'],
      ['gyeonggi-gimpo-si', 'local_government'],
    ]);
    expect(gimpo.parties[0]!.roleKo).toContain('서울런 플랫폼 공동활용 지원');
    expect(gimpo).toMatchObject({
      signedOn: '2025-02-25',
      initialTermMonths: 12,
      renewalMonths: 12,
      maxRenewals: null,
      noticeMonths: null,
    });
    expect(gimpo.documents[0]!.text).toContain('제4조(협약기간)');
    const shelters = (await getAgreement('2025-02-06-seoul-youth-shelters'))!;
    expect(shelters.parties.map((p) => [p.organisation.slug, p.organisation.kind])).toEqual([
      ['region-seoul', 'region'],
      ['seoul-regional-employment-labor-office', 'public_agency'],
      ['korea-youth-shelter-council', 'association'],
    ]);
    expect(shelters.parties[1]!.roleKo).toContain('국민내일배움카드');
    expect(shelters).toMatchObject({
      initialTermUntil: '2025-12',
      renewalMonths: 12,
      maxRenewals: 3,
      noticeMonths: 1,
      isNoticeWritten: true,
    });
    // The rules as stored give what the articles say.
    expect(standingOn(termRulesOf(gimpo), [], '2026-12-01')).toMatchObject({ state: 'in_force', renewal: 1 });
    expect(standingOn(termRulesOf(shelters), [], '2026-12-01')).toMatchObject({ state: 'in_force', renewal: 1 });
    expect(latestPossibleEnd(termRulesOf(shelters))).toBe('2028-12-31');
  });

  it('has the founding, the statutory basis and the chairs from the 8th to the 12th, each with its source', async () => {
    const { getAssociation } = await import('@/lib/association/queries');
    const association = await getAssociation();
    expect(association.events.find((event) => event.kind === 'founding')).toMatchObject({ heldOn: '2004-09-21' });
    expect(association.events.find((event) => event.kind === 'statutory_basis')).toMatchObject({ heldOn: '2007' });
    const chairs = association.officers.filter((officer) => officer.role === 'chair' && officer.termOrdinal !== null);
    expect(chairs.map((chair) => [chair.termOrdinal, chair.personKo, chair.organisation.slug, chair.startedOn])).toEqual([
      [8, '문석진', 'seoul-seodaemun-gu', '2019-01'],
      [9, '곽상욱', 'gyeonggi-osan-si', '2021-01-28'],
      [10, '박승원', 'gyeonggi-gwangmyeong-si', '2022-07'],
      [11, '박승원', 'gyeonggi-gwangmyeong-si', '2023-01-26'],
      [12, '김미경', 'seoul-eunpyeong-gu', '2025-01-21'],
    ]);
    // Superintendents are counted where names are not published; none is invented.
    expect(association.memberCounts.find((count) => count.asOf === '2019-10' && count.total === 244)).toMatchObject({
      localGovernments: 169,
      offices: 75,
    });
    expect(association.officers.filter((officer) => officer.personKo === null && officer.personEn !== null)).toEqual([]);
  });
});

describe('a city page’s networks and agreements', () => {
  it('lists Yanggu’s GNLC membership and its agreement, and Gimpo’s agreement with Seoul', async () => {
    const { getCityNetworks } = await import('@/lib/networks/queries');
    const { getCityAgreements } = await import('@/lib/agreements/queries');
    const yanggu = await getCityNetworks('gangwon-yanggu-gun');
    expect(yanggu.memberships.map((m) => [m.network.slug, m.status, m.joinedOn])).toEqual([['gnlc', 'member', '2025']]);
    expect((await getCityAgreements('gangwon-yanggu-gun')).agreements.map((a) => a.slug)).toEqual([
      '2025-04-yanggu-latin-american-learning-cities',
    ]);
    expect((await getCityAgreements('gyeonggi-gimpo-si')).agreements.map((a) => a.slug)).toEqual(['2025-02-25-seoul-gimpo']);
    const eunpyeong = await getCityNetworks('seoul-eunpyeong-gu');
    expect(eunpyeong.awards.map((award) => [award.year, award.nameEn])).toEqual([[2024, 'UNESCO Learning City Award']]);
  });
});

describe('staff editing agreements', () => {
  it('records a notice in time: Seoul–Gimpo ends at the end of its current year, with an audit row, and its pages refresh', async () => {
    const { recordAgreementNoticeAction } = await import('@/lib/agreements/actions');
    const agreement = await prisma.agreement.findUniqueOrThrow({ where: { slug: '2025-02-25-seoul-gimpo' }, include: { parties: true } });
    invalidatedTags.length = 0;
    expect(
      await send(recordAgreementNoticeAction, {
        agreementId: agreement.id,
        version: agreement.version,
        kind: 'non_renewal',
        givenOn: '2026-12-01',
        byPartyId: agreement.parties[1]!.id,
        source: 'a letter of Gimpo City (test)',
      }),
    ).toBe('redirected');
    expect(invalidatedTags).toEqual(['agreements', 'city:gyeonggi-gimpo-si']);
    const after = await prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { notices: true } });
    expect(after.version).toBe(agreement.version + 1);
    const facts = noticeFactsOf(
      after.notices.map((n) => ({ kind: n.kind, givenOn: n.givenOn.toISOString().slice(0, 10), lastDayInForce: null })),
    );
    expect(agreementEnd(termRulesOf(after), facts)).toEqual({ kind: 'notice', lastDay: '2027-02-25', renewal: 1, givenOn: '2026-12-01' });
    const [entry] = await prisma.auditLog.findMany({ where: { entityType: 'Agreement', entityId: String(agreement.id) } });
    expect(entry).toMatchObject({ action: 'record-notice', actorEmail: staff.email, entityVersion: agreement.version + 1 });

    // The same form sent again from the old version is refused, not applied twice.
    const stale = await send(recordAgreementNoticeAction, {
      agreementId: agreement.id,
      version: agreement.version,
      kind: 'non_renewal',
      givenOn: '2026-12-02',
      source: 'again',
    });
    expect(stale).toMatchObject({ status: 'conflict', currentVersion: agreement.version + 1 });
    expect(await prisma.agreementNotice.count({ where: { agreementId: agreement.id } })).toBe(1);
  });

  it('refuses a notice before the signing and a termination without its last day', async () => {
    const { recordAgreementNoticeAction } = await import('@/lib/agreements/actions');
    const agreement = await prisma.agreement.findUniqueOrThrow({ where: { slug: '2025-02-06-seoul-youth-shelters' } });
    const early = await send(recordAgreementNoticeAction, {
      agreementId: agreement.id,
      version: agreement.version,
      kind: 'non_renewal',
      givenOn: '2025-01-31',
      source: 'test',
    });
    expect(early).toMatchObject({ status: 'invalid', fieldErrors: { givenOn: ['noticeBeforeSigning'] } });
    const termination = await send(recordAgreementNoticeAction, {
      agreementId: agreement.id,
      version: agreement.version,
      kind: 'termination',
      givenOn: '2026-03-02',
      source: 'test',
    });
    expect(termination).toMatchObject({ status: 'invalid', fieldErrors: { lastDayInForce: ['required'] } });
    expect(await prisma.agreementNotice.count({ where: { agreementId: agreement.id } })).toBe(0);
  });

  it('records an agreement with its term as rules and adds a party by reference, making its organisation once', async () => {
    const { addAgreementPartyAction, createAgreementAction } = await import('@/lib/agreements/actions');
    const slug = 'test-2026-03-02-suwon-osan';
    expect(
      await send(createAgreementAction, {
        slug,
        titleKo: '시험 협약',
        titleEn: 'A test agreement',
        signedOn: '2026-03-02',
        purposeKo: '시험',
        purposeEn: 'Testing',
        topic_lifelong_learning: 'on',
        initialTermKind: 'months',
        initialTermMonths: '24',
        source: 'https://example.org/test',
      }),
    ).toBe('redirected');
    const created = await prisma.agreement.findUniqueOrThrow({ where: { slug } });
    expect(created).toMatchObject({ topics: ['lifelong_learning'], initialTermMonths: 24, initialTermUntil: null, renewalMonths: null });
    const suwon = await prisma.localGovernment.findUniqueOrThrow({ where: { slug: 'gyeonggi-suwon-si' } });
    invalidatedTags.length = 0;
    expect(await send(addAgreementPartyAction, { agreementId: created.id, version: 1, party: `lg:${suwon.id}` })).toBe('redirected');
    expect(invalidatedTags).toEqual(['agreements', 'city:gyeonggi-suwon-si']);
    // Suwon already had its organisation (a GNLC member): no second one is made.
    expect(await prisma.organisation.count({ where: { localGovernmentId: suwon.id } })).toBe(1);
    expect(await send(addAgreementPartyAction, { agreementId: created.id, version: 2, party: `lg:${suwon.id}` })).toMatchObject({
      status: 'invalid',
      fieldErrors: { party: ['alreadyParty'] },
    });
  });

  it('refuses a term counted in months from a signing whose day is not known', async () => {
    const { CreateAgreementSchema } = await import('@/lib/agreements/schemas');
    const parsed = CreateAgreementSchema.safeParse({
      slug: 'x',
      titleKo: 'x',
      titleEn: 'x',
      signedOn: '2022-11',
      purposeKo: 'x',
      purposeEn: 'x',
      initialTermKind: 'months',
      initialTermMonths: '12',
      source: 'x',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(['signedOn', 'signingDayNeeded']);
  });
});

describe('staff editing networks and officers', () => {
  it('records an application to a network without a joining date, and refuses one with it', async () => {
    const { createNetworkMembershipAction } = await import('@/lib/networks/actions');
    const network = await prisma.network.findUniqueOrThrow({ where: { slug: 'iaec' } });
    const busan = await prisma.region.findUniqueOrThrow({ where: { slug: 'busan' } });
    const refused = await send(createNetworkMembershipAction, {
      networkId: network.id,
      member: `region:${busan.id}`,
      status: 'applied',
      joinedOn: '2026',
      source: 'test',
    });
    expect(refused).toMatchObject({ status: 'invalid', fieldErrors: { joinedOn: ['appliedNotJoined'] } });
    invalidatedTags.length = 0;
    expect(
      await send(createNetworkMembershipAction, {
        networkId: network.id,
        member: `region:${busan.id}`,
        status: 'applied',
        appliedOn: '2026-11',
        source: 'test',
      }),
    ).toBe('redirected');
    expect(invalidatedTags).toEqual(['networks']);
    expect(await prisma.networkMembership.findFirst({ where: { organisation: { regionId: busan.id } } })).toMatchObject({
      status: 'applied',
      appliedOn: '2026-11',
    });
  });

  it('refuses an officer who is neither a local government nor an office of education', async () => {
    const { createOfficerAction } = await import('@/lib/association/actions');
    const council = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'korea-youth-shelter-council' } });
    expect(await send(createOfficerAction, { member: `org:${council.id}`, role: 'director', source: 'test' })).toMatchObject({
      status: 'invalid',
      fieldErrors: { member: ['officerNotMember'] },
    });
  });

  it('refuses in the database what the forms would refuse: an organisation whose link does not match its kind, an application with a joining date', async () => {
    const lg = await prisma.localGovernment.findUniqueOrThrow({ where: { slug: 'seoul-jongno-gu' } });
    await expect(
      prisma.organisation.create({
        data: { slug: 'broken-link', kind: 'association', localGovernmentId: lg.id, nameKo: 'x', nameEn: 'x' },
      }),
    ).rejects.toThrow(/Organisation_link_matches_kind/);
    const membership = await prisma.networkMembership.findFirstOrThrow({ where: { status: 'applied' } });
    await expect(prisma.networkMembership.update({ where: { id: membership.id }, data: { joinedOn: '2025' } })).rejects.toThrow(
      /NetworkMembership_applied_not_joined/,
    );
  });
});

describe('the downloads', () => {
  it('serves network members, agreements and officers as CSV with a byte-order mark, one row each, with their sources', async () => {
    const { GET } = await import('@/app/downloads/[file]/route');
    const csv = async (file: string) => {
      const response = await GET(new Request(`http://localhost/downloads/${file}`), { params: Promise.resolve({ file }) });
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).trimEnd().split('\r\n');
    };
    const members = await csv('network-memberships.csv');
    expect(members[0]).toBe(
      'network,member_slug,member_kind,member_ko,member_en,status,applied_on,joined_on,left_on,roles_ko,roles_en,source,quote',
    );
    expect(members).toHaveLength(1 + (await prisma.networkMembership.count()));
    expect(members.find((line) => line.startsWith('iaec,region-seoul,'))).toMatch(
      /^iaec,region-seoul,region,서울특별시,Seoul Special City,applied,2025-02,,,/,
    );
    const agreements = await csv('agreements.csv');
    expect(agreements).toHaveLength(1 + (await prisma.agreement.count()));
    expect(agreements.find((line) => line.startsWith('2025-02-06-seoul-youth-shelters'))).toContain(',,2025-12,12,3,1,');
    const officers = await csv('association-officers.csv');
    expect(officers).toHaveLength(1 + (await prisma.associationOfficer.count()));
  });
});
