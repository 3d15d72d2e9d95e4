export declare const DATA_CSP: string;
export declare function commonSecurityHeaders(): { key: string; value: string }[];
