declare const __CHILDFIRST_VERSION__: string | undefined;

/** The package version, inlined at build time (a placeholder when running from source). */
export const VERSION: string = typeof __CHILDFIRST_VERSION__ === 'string' ? __CHILDFIRST_VERSION__ : '0.0.0-source';
