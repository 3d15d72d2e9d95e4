// /api/v1/networks, /api/v1/agreements and /api/v1/association/officers (issue 15): the pages'
// reads as the API's shapes. An agreement's standing is derived for the list's day (?on=, today
// by default), like the page's.
import 'server-only';
import { filterAgreements } from '@/lib/agreements/filters';
import { getAgreement as readAgreement, getAgreements, type AgreementView } from '@/lib/agreements/queries';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { agreementEnd, latestPossibleEnd, standingOn, termsUntil, type Standing } from '@/lib/agreements/standing';
import { getAssociation } from '@/lib/association/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { getNetwork as readNetwork, getNetworks, type NetworkView } from '@/lib/networks/queries';
import { type Built, type BuiltResource, notFound, unknownValue } from './result';
import type { AgreementsQuery, ApiAgreement, ApiAgreementDetail, ApiNetwork, ApiOfficer, NetworksQuery, OfficersQuery } from './schemas';

function toApiNetwork(network: NetworkView): ApiNetwork {
  return network;
}

export async function listNetworks(_query: NetworksQuery): Promise<Built<ApiNetwork>> {
  return { items: (await getNetworks()).map(toApiNetwork) };
}

export async function getNetwork(slug: string): Promise<BuiltResource<ApiNetwork>> {
  const network = await readNetwork(slug);
  return network ? { resource: toApiNetwork(network) } : notFound('network', slug);
}

function standingShape(standing: Standing): ApiAgreement['standing'] {
  return {
    state: standing.state,
    renewal: standing.state === 'in_force' ? standing.renewal : null,
    term: standing.state === 'in_force' ? standing.term : null,
    lastDay: 'lastDay' in standing ? standing.lastDay : null,
  };
}

function toApiAgreement(agreement: AgreementView, day: string): ApiAgreement {
  const rules = termRulesOf(agreement);
  const notices = noticeFactsOf(agreement.notices);
  const end = agreementEnd(rules, notices);
  return {
    slug: agreement.slug,
    titleKo: agreement.titleKo,
    titleEn: agreement.titleEn,
    signedOn: agreement.signedOn,
    placeKo: agreement.placeKo,
    placeEn: agreement.placeEn,
    purposeKo: agreement.purposeKo,
    purposeEn: agreement.purposeEn,
    topics: agreement.topics,
    term: {
      initialTermMonths: agreement.initialTermMonths,
      initialTermUntil: agreement.initialTermUntil,
      renewalMonths: agreement.renewalMonths,
      maxRenewals: agreement.maxRenewals,
      noticeMonths: agreement.noticeMonths,
      isNoticeWritten: agreement.isNoticeWritten,
      textKo: agreement.termTextKo,
      textEn: agreement.termTextEn,
    },
    parties: agreement.parties,
    notices: agreement.notices.map(({ kind, givenOn, lastDayInForce, by, source, note }) => ({
      kind,
      givenOn,
      lastDayInForce,
      by,
      source,
      note,
    })),
    standingOn: day,
    standing: standingShape(standingOn(rules, notices, day)),
    end: {
      kind: end.kind,
      lastDay: 'lastDay' in end ? end.lastDay : null,
      givenOn: 'givenOn' in end ? end.givenOn : null,
    },
    latestPossibleEnd: latestPossibleEnd(rules),
    source: agreement.source,
    note: agreement.note,
  };
}

export async function listAgreements(query: AgreementsQuery): Promise<Built<ApiAgreement>> {
  const day = query.on ?? isoDate(todayInKorea());
  const agreements = await getAgreements();
  if (query.party !== undefined && !agreements.some((a) => a.parties.some((p) => p.organisation.slug === query.party))) {
    return unknownValue('party', query.party, 'party to an agreement');
  }
  const shown = filterAgreements(agreements, {
    party: query.party,
    topic: query.topic,
    year: query.year,
    standing: query.standing,
    on: day,
  });
  return { items: shown.map((agreement) => toApiAgreement(agreement, day)), asOf: day };
}

export async function getAgreement(slug: string): Promise<BuiltResource<ApiAgreementDetail>> {
  const agreement = await readAgreement(slug);
  if (!agreement) return notFound('agreement', slug);
  const rules = termRulesOf(agreement);
  const latest = latestPossibleEnd(rules);
  return {
    resource: {
      ...toApiAgreement(agreement, agreement.today),
      terms: termsUntil(rules, latest ?? agreement.today),
      documents: agreement.documents,
    },
  };
}

export async function listAssociationOfficers(query: OfficersQuery): Promise<Built<ApiOfficer>> {
  const { officers } = await getAssociation();
  return { items: officers.filter((officer) => query.role === undefined || officer.role === query.role) };
}
