// The part of madge's API the tests use (madge ships no types; @types/madge describes an older major).
declare module 'madge' {
  interface MadgeResult {
    /** Each file, relative to the common base, with the files it imports. */
    obj(): Record<string, string[]>;
  }
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: Record<string, Record<string, boolean>>;
  }
  export default function madge(path: string, config?: MadgeConfig): Promise<MadgeResult>;
}
