export declare const DATA_CSP: string;
export declare function commonSecurityHeaders(): { key: string; value: string }[];
export declare function policy(scriptSources: string[]): string;
export declare function publicCsp(): string;
