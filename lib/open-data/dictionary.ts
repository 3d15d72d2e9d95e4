// The open-data files (issues 6 and 12): the registry (one row per local government that exists
// today), the designation history (one row per designation and evaluation event) and the
// allocations (one row per published grant), each with its columns and what each means, in
// Korean and English. The CSV and XLSX downloads and the open-data page all read these lists, so
// the dictionary cannot drift from the files.
export type ColumnType = 'text' | 'integer' | 'boolean';
type Column = { key: string; type: ColumnType; ko: string; en: string };

export const REGISTRY_COLUMNS = [
  { key: 'code', type: 'text', ko: '행정구역 코드 (다섯 자리)', en: 'Administrative code (five digits)' },
  {
    key: 'slug',
    type: 'text',
    ko: '레지스트리 식별자 (주소에 쓰임: /ko/cities/{slug})',
    en: 'Registry identifier (used in addresses: /en/cities/{slug})',
  },
  { key: 'name_ko', type: 'text', ko: '한글 이름', en: 'Korean name' },
  { key: 'name_en', type: 'text', ko: '영문 이름 (국어의 로마자 표기법)', en: 'English name (Revised Romanization)' },
  {
    key: 'kind',
    type: 'text',
    ko: '종류: si 시, gun 군, gu 자치구, special_city 세종특별자치시, admin_city 제주의 행정시',
    en: 'Kind: si city, gun county, gu district, special_city Sejong, admin_city Jeju administrative city',
  },
  {
    key: 'is_basic_local_government',
    type: 'boolean',
    ko: '기초자치단체 여부 (교육부 집계에 들어가는지)',
    en: 'Whether a basic local government (counted by the ministry)',
  },
  { key: 'region_slug', type: 'text', ko: '시·도 식별자', en: 'Region identifier' },
  { key: 'region_ko', type: 'text', ko: '시·도 이름', en: 'Region name in Korean' },
  { key: 'region_en', type: 'text', ko: '시·도 영문 이름', en: 'Region name in English' },
  {
    key: 'is_designated',
    type: 'boolean',
    ko: '오늘 평생학습도시로 지정되어 있는지',
    en: 'Whether a designated lifelong learning city today',
  },
  {
    key: 'first_designation_year',
    type: 'integer',
    ko: '최초 지정 연도 (출처에 없으면 빈칸)',
    en: 'Year of first designation (empty when no source gives it)',
  },
  {
    key: 'designated_by_year',
    type: 'integer',
    ko: '늦어도 이 해까지 지정됨 (연도를 모를 때)',
    en: 'Designated by this year at the latest (when the year is unknown)',
  },
  {
    key: 'status',
    type: 'text',
    ko: '지정 상태: designated, redesignated, conditional, withheld, cancelled, withdrawn, none',
    en: 'Standing: designated, redesignated, conditional, withheld, cancelled, withdrawn, none',
  },
  {
    key: 'next_evaluation_year',
    type: 'integer',
    ko: '다음 재지정 평가 연도: 올해 또는 앞으로의 연도만 (지난 연도의 결과가 없거나 알 수 없으면 빈칸)',
    en: 'Year of the next re-designation evaluation: this year or later only (empty when a past outcome is missing or it is not known)',
  },
  {
    key: 'next_evaluation_status',
    type: 'text',
    ko: '다음 평가의 상태: due 예정, outcome_not_recorded 지난 평가 결과 미기록, unknown 알 수 없음 (지정되지 않았으면 빈칸)',
    en: 'State of the next evaluation: due, outcome_not_recorded (a past round’s outcome is missing), unknown (empty when not designated)',
  },
  {
    key: 'outcome_not_recorded_year',
    type: 'integer',
    ko: '결과가 기록되지 않은 지난 평가 연도',
    en: 'The past evaluation year whose outcome is not recorded',
  },
  {
    key: 'evaluation_group',
    type: 'text',
    ko: '평가 그룹: metropolitan 특별시·광역시의 구·군, provincial-city 도의 시, county 도의 군 (없으면 빈칸: 세종)',
    en: 'Evaluation group: metropolitan, provincial-city, county (empty for none: Sejong)',
  },
  {
    key: 'next_evaluation_source_url',
    type: 'text',
    ko: '다음 평가 연도(또는 그 이유)의 출처 주소',
    en: 'Address of the source for the next evaluation year (or for why there is none)',
  },
  {
    key: 'designation_source_url',
    type: 'text',
    ko: '지정의 출처 주소 (발표, 보도 또는 협의회 명단)',
    en: 'Address of the designation’s source (announcement, report or the association’s table)',
  },
  {
    key: 'designation_inference_ko',
    type: 'text',
    ko: '지정 사실이 추론일 때 그 근거 (한국어)',
    en: 'When the designation is inferred: what it is inferred from (Korean)',
  },
  {
    key: 'designation_inference_en',
    type: 'text',
    ko: '지정 사실이 추론일 때 그 근거 (영어)',
    en: 'When the designation is inferred: what it is inferred from (English)',
  },
  { key: 'page_ko', type: 'text', ko: '한국어 도시 페이지 주소', en: 'Address of the Korean city page' },
  { key: 'page_en', type: 'text', ko: '영어 도시 페이지 주소', en: 'Address of the English city page' },
] as const satisfies readonly Column[];

export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number]['key'];
export type RegistryRow = Record<RegistryColumn, string | number | boolean | null>;

const SOURCE_COLUMNS = [
  { key: 'source_title_ko', type: 'text', ko: '출처 제목 (한국어)', en: 'Title of the source (Korean)' },
  { key: 'source_title_en', type: 'text', ko: '출처 제목 (영어)', en: 'Title of the source (English)' },
  {
    key: 'source_published_on',
    type: 'text',
    ko: '출처의 날짜 (YYYY-MM-DD, 드러나지 않으면 빈칸)',
    en: 'Date of the source (YYYY-MM-DD; empty when not shown)',
  },
  {
    key: 'source_citation',
    type: 'text',
    ko: '서지 사항: 매체 또는 발표 기관, 날짜, 기사 번호',
    en: 'Citation: outlet or issuer, date, article number',
  },
  { key: 'source_url', type: 'text', ko: '출처 주소 (알려진 주소가 없으면 빈칸)', en: 'Address of the source (empty when none is known)' },
] as const satisfies readonly Column[];

/** One row per designation and per evaluation event (designated, evaluated, ended outside an evaluation). */
export const HISTORY_COLUMNS = [
  {
    key: 'event',
    type: 'text',
    ko: '사건: designated 지정, evaluated 재지정 평가, ended 평가 밖의 종료',
    en: 'Event: designated, evaluated, ended (outside an evaluation)',
  },
  { key: 'code', type: 'text', ko: '지방자치단체의 현재 행정구역 코드', en: 'Current administrative code of the local government' },
  { key: 'slug', type: 'text', ko: '레지스트리 식별자', en: 'Registry identifier' },
  { key: 'name_ko', type: 'text', ko: '한글 이름 (현재)', en: 'Korean name (current)' },
  { key: 'name_en', type: 'text', ko: '영문 이름 (현재)', en: 'English name (current)' },
  { key: 'region_ko', type: 'text', ko: '시·도 (현재)', en: 'Region (current), Korean' },
  { key: 'region_en', type: 'text', ko: '시·도 영문 (현재)', en: 'Region (current), English' },
  {
    key: 'year',
    type: 'integer',
    ko: '지정 연도(모르면 늦어도 그 해), 평가 연도 또는 종료 연도',
    en: 'Year of designation (or the latest it can be), of the evaluation, or of the ending',
  },
  {
    key: 'is_year_known',
    type: 'boolean',
    ko: '연도가 출처에 있는지 (false: 늦어도 그 해)',
    en: 'Whether a source gives the year (false: by that year at the latest)',
  },
  { key: 'date', type: 'text', ko: '날짜 (YYYY-MM-DD, 알려진 경우)', en: 'Day (YYYY-MM-DD), when known' },
  {
    key: 'outcome',
    type: 'text',
    ko: '평가 결과 또는 종료 사유: redesignated, conditional, withheld, cancelled, withdrawn',
    en: 'Outcome or ending: redesignated, conditional, withheld, cancelled, withdrawn',
  },
  { key: 'is_outstanding', type: 'boolean', ko: '우수 평생학습도시(상위 10%)로 선정되었는지', en: 'Judged outstanding (top 10 %)' },
  { key: 'score', type: 'text', ko: '점수 (공개된 경우, 100점 만점)', en: 'Score out of 100, where published' },
  {
    key: 'valid_until_year',
    type: 'integer',
    ko: '보도된 유효 기간의 마지막 해 (보도된 그대로)',
    en: 'Last year of validity as the report states it',
  },
  {
    key: 'evaluation_group',
    type: 'text',
    ko: '평가 그룹 (metropolitan, provincial-city, county)',
    en: 'Evaluation group (metropolitan, provincial-city, county)',
  },
  ...SOURCE_COLUMNS,
  {
    key: 'is_inferred',
    type: 'boolean',
    ko: '출처가 직접 밝히지 않고 추론한 사실인지',
    en: 'Whether the fact is inferred rather than stated by a source',
  },
  { key: 'inference_ko', type: 'text', ko: '추론의 근거 (한국어)', en: 'What it is inferred from (Korean)' },
  { key: 'inference_en', type: 'text', ko: '추론의 근거 (영어)', en: 'What it is inferred from (English)' },
] as const satisfies readonly Column[];

export type HistoryRow = Record<(typeof HISTORY_COLUMNS)[number]['key'], string | number | boolean | null>;

/** One row per published allocation (announced, disbursed, returned; never a draft). */
export const ALLOCATION_COLUMNS = [
  { key: 'year', type: 'integer', ko: '사업 연도', en: 'Programme year' },
  {
    key: 'programme_code',
    type: 'text',
    ko: '사업 계열 식별자 (new-city, specialization, consortium …)',
    en: 'Programme line (new-city, specialization, consortium …)',
  },
  { key: 'programme_ko', type: 'text', ko: '사업 이름', en: 'Programme name (Korean)' },
  { key: 'programme_en', type: 'text', ko: '사업 영문 이름', en: 'Programme name (English)' },
  {
    key: 'recipient_kind',
    type: 'text',
    ko: '받는 쪽: local_government 지방자치단체, region 시·도 (연합체)',
    en: 'Recipient: local_government, or region (consortium)',
  },
  {
    key: 'recipient_code',
    type: 'text',
    ko: '받는 지방자치단체의 현재 행정구역 코드 (시·도면 빈칸)',
    en: 'Current code of the receiving local government (empty for a region)',
  },
  { key: 'recipient_ko', type: 'text', ko: '받는 쪽 이름', en: 'Recipient’s name (Korean)' },
  { key: 'recipient_en', type: 'text', ko: '받는 쪽 영문 이름', en: 'Recipient’s name (English)' },
  {
    key: 'region_slug',
    type: 'text',
    ko: '집계되는 시·도 (사업 발표 당시의 소속)',
    en: 'Region it counts under (the recipient’s when announced)',
  },
  {
    key: 'amount',
    type: 'integer',
    ko: '금액 (원). 범위로만 발표되었으면 그 상한',
    en: 'Amount in won; for an amount announced only as a range, its upper bound',
  },
  {
    key: 'amount_min',
    type: 'integer',
    ko: '범위로만 발표된 금액의 하한 (원). “이내”만 밝혔으면 0, 단일 금액이면 빈칸',
    en: 'Lower bound of an amount announced only as a range (won); 0 for “up to”; empty for a single figure',
  },
  { key: 'is_amount_approximate', type: 'boolean', ko: '발표가 “약”으로 밝힌 금액인지', en: 'Whether announced as “about”' },
  { key: 'status', type: 'text', ko: '상태: announced 발표, disbursed 지급, returned 반납', en: 'Status: announced, disbursed, returned' },
  ...SOURCE_COLUMNS,
] as const satisfies readonly Column[];

export type AllocationRow = Record<(typeof ALLOCATION_COLUMNS)[number]['key'], string | number | boolean | null>;

/** The files the open-data page lists and /downloads serves, each in CSV and XLSX. */
export const DATASETS = [
  { id: 'registry', columns: REGISTRY_COLUMNS },
  { id: 'designation-history', columns: HISTORY_COLUMNS },
  { id: 'allocations', columns: ALLOCATION_COLUMNS },
] as const;
export type DatasetId = (typeof DATASETS)[number]['id'];

export const LICENCE = {
  ko: '공공누리 제1유형(출처표시): 자유롭게 이용할 수 있으며, 출처를 “전국평생학습도시협의회 평생학습도시 레지스트리”로 밝혀 주세요.',
  en: 'Korea Open Government License Type 1 (attribution): free to use; credit “Korean Association of Lifelong Learning Cities, Lifelong Learning Cities Registry”.',
} as const;
