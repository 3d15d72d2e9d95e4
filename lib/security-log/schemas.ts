// The security log page's filters, from its URL (?kind=&email=&address=&from=&to=&page=).
// A value that does not read is no filter (lib/core/list-params.ts).
import { listParam } from '@/lib/core/list-params';
import { SecurityEventKind } from '@/lib/generated/prisma/enums';

export const SECURITY_EVENT_KINDS = Object.values(SecurityEventKind) as [SecurityEventKind, ...SecurityEventKind[]];

export const SECURITY_LOG_FILTERS = {
  kind: listParam.choice(SECURITY_EVENT_KINDS),
  email: listParam.text(254),
  address: listParam.text(45),
  from: listParam.day(),
  to: listParam.day(),
};
