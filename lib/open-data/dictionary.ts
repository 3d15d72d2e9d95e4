// The open-data registry file (issue 6): one row per local government that exists today, its
// columns and what each means, in Korean and English. The CSV and XLSX downloads and the
// open-data page all read this one list, so the dictionary cannot drift from the files.
export type ColumnType = 'text' | 'integer' | 'boolean';

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
    ko: '다음 재지정 평가 연도 (알 수 없으면 빈칸)',
    en: 'Year of the next re-designation evaluation (empty when not known)',
  },
  { key: 'page_ko', type: 'text', ko: '한국어 도시 페이지 주소', en: 'Address of the Korean city page' },
  { key: 'page_en', type: 'text', ko: '영어 도시 페이지 주소', en: 'Address of the English city page' },
] as const satisfies readonly { key: string; type: ColumnType; ko: string; en: string }[];

export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number]['key'];
export type RegistryRow = Record<RegistryColumn, string | number | boolean | null>;

export const LICENCE = {
  ko: '공공누리 제1유형(출처표시): 자유롭게 이용할 수 있으며, 출처를 “전국평생학습도시협의회 평생학습도시 레지스트리”로 밝혀 주세요.',
  en: 'Korea Open Government License Type 1 (attribution): free to use; credit “Korean Association of Lifelong Learning Cities, Lifelong Learning Cities Registry”.',
} as const;
