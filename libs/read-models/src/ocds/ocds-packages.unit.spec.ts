import { ocdsSchemaCheck } from '@kravspar/testing';
import { gotlandLog } from './ocds-log.fixtures';
import { OcdsLogFold } from './ocds-log-fold';
import { OCDS_EXTENSIONS, procurementIdOfOcid, recordPackage, releasePackage } from './ocds-packages';

// The packages against the OCDS 1.1.5 schemas with the sustainability extension merged (offline copies in
// docs/ocds/).

const check = ocdsSchemaCheck();
const fold = new OcdsLogFold();
const releases = gotlandLog().map((e) => fold.apply(e)).filter((entry) => entry !== undefined).map((entry) => entry.release);
const publication = { uri: 'https://kravspar.example/ocds/releases', publisherName: 'Region Gotland', ocidPrefix: 'ocds-test01', publishedDate: '2027-03-01T10:00:00+01:00' };

describe('OCDS packages', () => {
  it('merges the sustainability extension into the release schema', () => {
    const definitions = check.releaseSchema.definitions as Record<string, { properties?: Record<string, unknown> }>;
    expect(definitions.Sustainability).toBeDefined();
    expect(Object.keys(definitions.Tender.properties!)).toEqual(expect.arrayContaining(['sustainability', 'hasSustainability', 'tenderPeriod']));
  });

  it('gives a release package that validates, with the extensions it uses', () => {
    const pkg = releasePackage(releases, publication);
    expect(check.releasePackageErrors(pkg)).toEqual([]);
    expect(pkg).toMatchObject({ version: '1.1', extensions: [...OCDS_EXTENSIONS], publisher: { name: 'Region Gotland' } });
    expect(new Set(pkg.releases.map((release) => release.ocid))).toEqual(new Set(['ocds-test01-gotland-2026-01']));
  });

  it('gives a record package that validates: releases by date, the latest compiled, no versioned release', () => {
    const ocid = 'ocds-test01-gotland-2026-01';
    const pkg = recordPackage(releases, publication);
    expect(pkg.records.map((record) => record.ocid)).toEqual([ocid]);
    expect(check.recordPackageErrors(pkg)).toEqual([]);
    const [record] = pkg.records;
    const dates = record.releases.map((release) => Date.parse(release.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(record.compiledRelease).toEqual({ ...releases[releases.length - 1], ocid, id: `${ocid}-compiled`, tag: ['compiled'] });
    expect(record).not.toHaveProperty('versionedRelease');
  });

  it('reads the procurement id back from an ocid of its own prefix only', () => {
    expect(procurementIdOfOcid('ocds-test01', 'ocds-test01-gotland-2026-01')).toBe('gotland-2026-01');
    expect(procurementIdOfOcid('ocds-test01', 'ocds-other1-gotland-2026-01')).toBeUndefined();
    expect(procurementIdOfOcid('ocds-test01', 'ocds-test01-')).toBeUndefined();
  });

  it('is strict enough to refuse what the extension or the standard forbids', () => {
    const [first] = releases;
    const badGoal = { ...first, tender: { ...first.tender, sustainability: [{ goal: 'social', strategies: [] }] } };
    expect(check.releasePackageErrors(releasePackage([badGoal], publication)).join('\n')).toContain('/releases/0/tender/sustainability/0/strategies');
    expect(check.releasePackageErrors(releasePackage([{ ...first, tag: ['bogus' as never] }], publication)).join('\n')).toContain('/releases/0/tag/0');
    expect(check.releasePackageErrors(releasePackage([{ ...first, date: '2026-03-02' }], publication)).join('\n')).toContain('/releases/0/date');
    expect(check.releasePackageErrors({ ...releasePackage(releases, publication), uri: 'not a uri' })).not.toEqual([]);
  });
});
