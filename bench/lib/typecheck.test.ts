// `npm run typecheck` is `tsc -b` over the root tsconfig.json. These tests prove that the solution
// covers every workspace, that a type error in any workspace fails it, and that the incremental
// cache (.tsbuild/) cannot go stale: `tsc -b` re-checks a project only when one of the files it
// lists (include/files) changes, so every project must list each source file it compiles.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function readConfig(configPath: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return parsed;
}

const solution = readConfig(join(root, 'tsconfig.json'));
/** Workspace folders the root solution references, e.g. "web". */
const projects = (solution.projectReferences ?? []).map((r) => relative(root, r.path).replace(/tsconfig\.json$/, '').replace(/[\\/]$/, ''));

describe('root tsconfig.json', () => {
  it('is a solution with no files of its own that references every folder with a tsconfig.json', () => {
    expect(solution.fileNames).toEqual([]);
    const withConfig = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'node_modules' && !d.name.startsWith('.'))
      .filter((d) => existsSync(join(root, d.name, 'tsconfig.json')))
      .map((d) => d.name);
    expect([...projects].sort()).toEqual(withConfig.sort());
    expect(projects).toEqual(expect.arrayContaining(['functions', 'web', 'rules-tests', 'e2e', 'scripts', 'bench']));
  });

  it.each(projects)('%s: strict, emits nothing, caches under .tsbuild/', (project) => {
    const { options, errors } = readConfig(join(root, project, 'tsconfig.json'));
    expect(errors).toEqual([]);
    expect(options).toMatchObject({ strict: true, noUncheckedIndexedAccess: true, noImplicitOverride: true, noEmit: true, incremental: true });
    expect(relative(join(root, '.tsbuild'), options.tsBuildInfoFile ?? '')).toBe(`${project}.tsbuildinfo`);
  });

  it('lists, in every project, each source file the project compiles (else tsc -b would skip its changes)', () => {
    const unlisted: string[] = [];
    const parsed = new Map<string, ts.SourceFile | undefined>();
    for (const project of projects) {
      const { options, fileNames } = readConfig(join(root, project, 'tsconfig.json'));
      const host = ts.createCompilerHost(options);
      const getSourceFile = host.getSourceFile.bind(host);
      // Only the import graph of the repo's own files matters: files under node_modules (libs,
      // @types, packages) are read as empty, so nothing is parsed twice and nothing is type-checked.
      host.getSourceFile = (fileName, languageVersion, ...rest) => {
        if (fileName.includes('/node_modules/')) return ts.createSourceFile(fileName, '', languageVersion);
        const key = `${fileName}|${JSON.stringify(languageVersion)}`;
        if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
        return parsed.get(key);
      };
      const program = ts.createProgram({ rootNames: fileNames, options, host });
      const listed = new Set(fileNames.map((f) => program.getSourceFile(f)?.fileName));
      for (const file of program.getSourceFiles()) {
        if (file.fileName.includes('/node_modules/') || listed.has(file.fileName)) continue;
        unlisted.push(`${project}/tsconfig.json does not list ${relative(root, file.fileName)} (add it to "include")`);
      }
    }
    expect(unlisted).toEqual([]);
  }, 30_000);
});

describe('tsc -b at the root, on a copy of the real tsconfig files', () => {
  // The copy holds every tsconfig*.json and package.json of the solution, node_modules linked, a
  // one-line @model and one probe file per workspace: small programs, so each build takes seconds.
  let dir = '';
  const probes = new Map<string, string>();
  const build = () => spawnSync(process.execPath, [tsc, '-b'], { cwd: dir, encoding: 'utf8' });
  const probe = (project: string, type: 'number' | 'string') => {
    const file = probes.get(project)!;
    const from = project === 'functions' ? './model' : '@model';
    writeFileSync(join(dir, file), `import { PROBE } from '${from}';\n\nexport const probe: ${type} = PROBE;\n`);
  };
  const model = (source: string) => writeFileSync(join(dir, 'functions/src/model/index.ts'), source);
  const at = (project: string) => `${probes.get(project)!.split(sep).join('/')}(3,14): error TS2322`;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tsc-b-'));
    for (const file of ['tsconfig.json', 'tsconfig.base.json', 'package.json']) cpSync(join(root, file), join(dir, file));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const project of projects) {
      mkdirSync(join(dir, project), { recursive: true });
      for (const file of readdirSync(join(root, project))) {
        if (/^tsconfig.*\.json$/.test(file) || file === 'package.json') cpSync(join(root, project, file), join(dir, project, file));
        if (file === 'node_modules') symlinkSync(join(root, project, file), join(dir, project, file), 'dir');
      }
      const file = join(project, existsSync(join(root, project, 'src')) ? 'src' : '', '__probe__.ts');
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      probes.set(project, file);
      probe(project, 'number');
    }
    mkdirSync(join(dir, 'functions/src/model'), { recursive: true });
    model('export const PROBE = 1;\n');
    // Each probe must be a file its project compiles, or the test proves nothing.
    for (const project of projects) {
      expect(readConfig(join(dir, project, 'tsconfig.json')).fileNames).toContain(join(dir, probes.get(project)!).split(sep).join('/'));
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes when every workspace type-checks (and resolves @model), caching under .tsbuild/', () => {
    const result = build();
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, '.tsbuild')).sort()).toEqual(projects.map((p) => `${p}.tsbuildinfo`).sort());
  }, 30_000);

  it('fails with a type error in each workspace, each one reported', () => {
    for (const project of projects) probe(project, 'string');
    const result = build();
    for (const project of projects) probe(project, 'number');
    expect(result.status).not.toBe(0);
    for (const project of projects) expect(result.stdout).toContain(at(project));
  }, 30_000);

  it('fails with a type error in the shared model alone, and passes again once it is fixed', () => {
    model("export const PROBE: number = 'one';\n");
    const broken = build();
    model('export const PROBE = 1;\n');
    expect(broken.status).not.toBe(0);
    expect(broken.stdout).toContain('functions/src/model/index.ts(1,14): error TS2322');
    for (const project of projects) expect(broken.stdout).not.toContain(at(project));
    const fixed = build();
    expect(fixed.stdout).toBe('');
    expect(fixed.status).toBe(0);
  }, 30_000);
});
