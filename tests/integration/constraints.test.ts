// The rules the database itself enforces, whatever code writes to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const lg = (slug: string) => database.prisma.localGovernment.findUniqueOrThrow({ where: { slug }, select: { id: true } });

describe('database constraints', () => {
  it('refuse a second active designation for the same local government', async () => {
    const { id } = await lg('seoul-gwanak-gu');
    await expect(
      database.prisma.designation.create({ data: { localGovernmentId: id, firstYear: 2024, designatedByYear: 2024, source: 'test' } }),
    ).rejects.toThrow(/Designation_one_active_per_local_government|Unique constraint/);
  });

  it('refuse a designation year before the programme began in 2001', async () => {
    const { id } = await lg('seoul-seocho-gu');
    await database.prisma.designation.updateMany({
      where: { localGovernmentId: id },
      data: { endReason: 'withdrawn', endedOn: new Date('2026-10-01T00:00:00Z') },
    });
    await expect(
      database.prisma.designation.create({ data: { localGovernmentId: id, firstYear: 1999, designatedByYear: 1999, source: 'test' } }),
    ).rejects.toThrow(/Designation_first_year_range|check constraint/i);
  });

  it('refuse a local government code that is not five digits, and a duplicate code', async () => {
    const region = await database.prisma.region.findUniqueOrThrow({ where: { slug: 'seoul' }, select: { id: true } });
    const base = {
      kind: 'gu' as const,
      nameKo: '시험구',
      nameEn: 'Test-gu',
      regionId: region.id,
      searchInitials: '',
      searchJamo: '',
      searchLatin: '',
    };
    await expect(database.prisma.localGovernment.create({ data: { ...base, slug: 'seoul-test-gu', code: '1162' } })).rejects.toThrow(
      /LocalGovernment_code_format|check constraint/i,
    );
    await expect(database.prisma.localGovernment.create({ data: { ...base, slug: 'seoul-test-gu', code: '11620' } })).rejects.toThrow(
      /Unique constraint/,
    );
  });

  it('refuse a membership that names neither a local government nor an office', async () => {
    await expect(database.prisma.membership.create({ data: { kind: 'mayor', source: 'test' } })).rejects.toThrow(
      /Membership_member_matches_kind|check constraint/i,
    );
  });

  it('refuse an allocation of zero won or to two recipients at once', async () => {
    const programme = await database.prisma.programme.findUniqueOrThrow({ where: { code_year: { code: 'new-city', year: 2023 } } });
    const { id } = await lg('seoul-gwanak-gu');
    const region = await database.prisma.region.findUniqueOrThrow({ where: { slug: 'seoul' }, select: { id: true } });
    await expect(
      database.prisma.allocation.create({
        data: { programmeId: programme.id, recipientKind: 'local_government', localGovernmentId: id, amount: 0n },
      }),
    ).rejects.toThrow(/Allocation_amount_positive|check constraint/i);
    await expect(
      database.prisma.allocation.create({
        data: { programmeId: programme.id, recipientKind: 'local_government', localGovernmentId: id, regionId: region.id, amount: 1n },
      }),
    ).rejects.toThrow(/Allocation_recipient_matches_kind|check constraint/i);
  });

  it('refuse a district office without a provincial office above it', async () => {
    const region = await database.prisma.region.findUniqueOrThrow({ where: { slug: 'seoul' }, select: { id: true } });
    await expect(
      database.prisma.officeOfEducation.create({
        data: { slug: 'seoul-test', level: 'district', nameKo: '시험교육지원청', nameEn: 'Test', shortKo: '시험', regionId: region.id },
      }),
    ).rejects.toThrow(/OfficeOfEducation_hierarchy|check constraint/i);
  });

  it('refuse a period that ends before it begins', async () => {
    const { id } = await lg('seoul-gwanak-gu');
    const region = await database.prisma.region.findUniqueOrThrow({ where: { slug: 'seoul' }, select: { id: true } });
    await expect(
      database.prisma.localGovernmentPeriod.create({
        data: {
          localGovernmentId: id,
          validFrom: new Date('2020-01-01T00:00:00Z'),
          validUntil: new Date('2019-01-01T00:00:00Z'),
          code: '11620',
          kind: 'gu',
          nameKo: '관악구',
          nameEn: 'Gwanak-gu',
          regionId: region.id,
        },
      }),
    ).rejects.toThrow(/LocalGovernmentPeriod_order|check constraint/i);
  });

  it('let a designation end once: on itself or by one evaluation, and nothing be evaluated after it', async () => {
    const { id } = await lg('seoul-gangseo-gu');
    const designation = await database.prisma.designation.findFirstOrThrow({ where: { localGovernmentId: id } });
    const evaluation = (dueYear: number, outcome: 'redesignated' | 'cancelled' | 'withdrawn', heldOn: string | null = null) =>
      database.prisma.evaluation.create({
        data: { designationId: designation.id, dueYear, outcome, heldOn: heldOn ? new Date(`${heldOn}T00:00:00Z`) : null },
      });
    await expect(evaluation(2022, 'cancelled')).rejects.toThrow(/Evaluation_ending_dated/);
    await evaluation(2022, 'cancelled', '2022-07-01');
    await expect(evaluation(2025, 'redesignated')).rejects.toThrow(/Evaluation_none_after_ending|nothing is evaluated after/);
    await expect(
      database.prisma.designation.update({
        where: { id: designation.id },
        data: { endReason: 'withdrawn', endedOn: new Date('2023-01-01T00:00:00Z') },
      }),
    ).rejects.toThrow(/Designation_single_ending|ends once/);
    // Ended by its evaluation, the city may be designated anew.
    await database.prisma.designation.create({ data: { localGovernmentId: id, firstYear: 2025, designatedByYear: 2025, source: 'test' } });
    await expect(
      database.prisma.designation.create({ data: { localGovernmentId: id, firstYear: 2026, designatedByYear: 2026, source: 'test' } }),
    ).rejects.toThrow(/Designation_one_active_per_local_government|one open designation/);
  });

  it('refuse an ending without a day or a bound, an evaluation before its designation, and a valid-until year on a withheld outcome', async () => {
    const { id } = await lg('seoul-mapo-gu');
    const designation = await database.prisma.designation.findFirstOrThrow({ where: { localGovernmentId: id } });
    await expect(database.prisma.designation.update({ where: { id: designation.id }, data: { endReason: 'cancelled' } })).rejects.toThrow(
      /Designation_ending_dated/,
    );
    await expect(
      database.prisma.evaluation.create({
        data: { designationId: designation.id, dueYear: designation.designatedByYear, outcome: 'redesignated' },
      }),
    ).rejects.toThrow(/Evaluation_after_designation|Evaluation_due_year_range/);
    await expect(
      database.prisma.evaluation.create({
        data: { designationId: designation.id, dueYear: 2024, outcome: 'withheld', validUntilYear: 2027 },
      }),
    ).rejects.toThrow(/Evaluation_valid_until_only_when_redesignated/);
  });
});
