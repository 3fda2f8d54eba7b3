import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The repository stands alone: a reader who has only the repository can follow every link of the
 * README, the CHANGELOG and docs/, and none of them leads outside it.
 */
const ROOT = resolve(__dirname, '../..');
const DOCUMENTS = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;

function linksOf(document: string): string[] {
  const text = readFileSync(join(ROOT, document), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(MARKDOWN_LINK)].map((match) => match[1]);
}

function headingAnchors(document: string): Set<string> {
  const headings = readFileSync(join(ROOT, document), 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line));
  return new Set(
    headings.map((line) =>
      line
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe.each(DOCUMENTS)('the links of %s', (document) => {
  const links = linksOf(document);

  it('stay inside the repository', () => {
    expect(links.filter((link) => /^[a-z]+:/i.test(link))).toEqual([]);
  });

  it('lead to a file and heading that exist', () => {
    const broken = links
      .filter((link) => !/^[a-z]+:/i.test(link))
      .filter((link) => {
        const [path, anchor] = link.split('#');
        const target = path === '' ? document : join(dirname(document), path);
        if (!existsSync(join(ROOT, target))) return true;
        return anchor !== undefined && target.endsWith('.md') && !headingAnchors(target).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});
