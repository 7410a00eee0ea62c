// Golden files: one case, one file, under test/golden/<suite>/<case>.jaxpr (or another extension).
// `UPDATE_GOLDEN=1 npm test` rewrites them; review with `git diff test/golden`. A file with no case fails.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export interface GoldenOptions {
  /** Extension of the files, without the dot. */
  readonly ext?: string;
  /** The header line, naming what produced the files. */
  readonly producer: string;
}

/** The body of a golden file (its first line is the header comment). */
export function readGolden(suite: string, name: string, ext = 'jaxpr'): string | undefined {
  const file = join(ROOT, suite, `${name}.${ext}`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf('\n') + 1).replace(/\n$/, '');
}

/**
 * Registers one mocha test per case comparing its text with the golden file, plus one test that fails
 * when a golden file has no case. Call inside a `describe`.
 */
export function goldenCases(suite: string, cases: Readonly<Record<string, () => string>>, opts: GoldenOptions): void {
  const ext = opts.ext ?? 'jaxpr';
  const dir = join(ROOT, suite);
  for (const [name, make] of Object.entries(cases)) {
    it(`golden ${suite}/${name}`, () => {
      const text = make();
      const file = join(dir, `${name}.${ext}`);
      if (UPDATE) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, `# ${opts.producer} — case '${name}'\n${text}\n`);
        return;
      }
      const want = readGolden(suite, name, ext);
      expect(want, `golden file ${suite}/${name}.${ext} is missing: run UPDATE_GOLDEN=1 npm test`).to.be.a('string');
      expect(text).to.equal(want);
    });
  }
  it(`golden ${suite}: every file has a case`, () => {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(`.${ext}`)) : [];
    const orphans = files.map((f) => f.slice(0, -(ext.length + 1))).filter((n) => !(n in cases));
    expect(orphans, `golden files without a case in ${suite}`).to.deep.equal([]);
  });
}
