// Rebuilds vectors.json beside this file: each TC string of strings.json, plus strings made here
// with the reference encoder, decoded by the IAB's reference implementation @iabtcf/core (the exact
// version pinned in package.json beside this file). tests/test_consent_tcf.py checks our decoder
// against it: same fields for every string the reference decodes, an error for every one it refuses.
//
// How to run (node >= 18 and npm; from any directory):
//     node tests/data/tcf/make_vectors.mjs
// It installs the pinned package into a fresh temporary directory outside the repository (never
// a node_modules here) and removes it afterwards. To reuse an install instead:
//     IABTCF_PREFIX=/dir/holding/node_modules node tests/data/tcf/make_vectors.mjs
// Re-running on the same inputs writes the same vectors.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PINNED = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')).dependencies['@iabtcf/core'];

async function loadReference() {
  let prefix = process.env.IABTCF_PREFIX;
  let temporary = null;
  if (!prefix) {
    prefix = temporary = mkdtempSync(join(tmpdir(), 'iabtcf-core-'));
    try {
      copyFileSync(join(HERE, 'package.json'), join(prefix, 'package.json'));
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
        { cwd: prefix, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true });
      throw error;
    }
  }
  const dir = join(prefix, 'node_modules', '@iabtcf', 'core');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.version !== PINNED) {
    throw new Error(`@iabtcf/core ${pkg.version} found in ${prefix}, package.json pins ${PINNED}`);
  }
  const core = await import(pathToFileURL(join(dir, pkg.exports['.'].import)).href);
  return { core, temporary };
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const span = (first, last) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

// The decoded TCModel as plain JSON, with the field names our to_json() uses (the reference's own).
function plain(model) {
  const restrictions = model.publisherRestrictions;
  return {
    version: model.version,
    created: model.created.toISOString(),
    lastUpdated: model.lastUpdated.toISOString(),
    cmpId: model.cmpId,
    cmpVersion: model.cmpVersion,
    consentScreen: model.consentScreen,
    consentLanguage: model.consentLanguage,
    vendorListVersion: model.vendorListVersion,
    policyVersion: model.policyVersion,
    isServiceSpecific: model.isServiceSpecific,
    useNonStandardStacks: model.useNonStandardStacks,
    specialFeatureOptins: sorted(model.specialFeatureOptins.values()),
    purposeConsents: sorted(model.purposeConsents.values()),
    purposeLegitimateInterests: sorted(model.purposeLegitimateInterests.values()),
    purposeOneTreatment: model.purposeOneTreatment,
    publisherCountryCode: model.publisherCountryCode,
    vendorConsents: sorted(model.vendorConsents.values()),
    vendorLegitimateInterests: sorted(model.vendorLegitimateInterests.values()),
    publisherRestrictions: restrictions.getRestrictions()
      .map((r) => ({ purposeId: r.purposeId, restrictionType: r.restrictionType, vendors: sorted(restrictions.getVendors(r)) }))
      .sort((a, b) => a.purposeId - b.purposeId || a.restrictionType - b.restrictionType),
    vendorsDisclosed: sorted(model.vendorsDisclosed.values()),
    vendorsAllowed: sorted(model.vendorsAllowed.values()),
    publisherConsents: sorted(model.publisherConsents.values()),
    publisherLegitimateInterests: sorted(model.publisherLegitimateInterests.values()),
    numCustomPurposes: model.numCustomPurposes,
    publisherCustomConsents: sorted(model.publisherCustomConsents.values()),
    publisherCustomLegitimateInterests: sorted(model.publisherCustomLegitimateInterests.values()),
  };
}

// Strings from the reference encoder. TCString.encode() needs a vendor list, so each segment goes
// through SegmentEncoder, which needs none; its vendor-section encoder picks bitfield or range itself.
function madeStrings(core) {
  const { TCModel, SegmentEncoder, Segment, PurposeRestriction, RestrictionType } = core;
  const CORE = Segment.CORE, DISCLOSED = Segment.VENDORS_DISCLOSED;
  const make = (id, origin, build, segments = [CORE, DISCLOSED]) => {
    const m = new TCModel();
    m.created = new Date(Date.UTC(2025, 5, 2));
    m.lastUpdated = new Date(Date.UTC(2025, 5, 2));
    m.cmpId = 300;
    m.cmpVersion = 4;
    m.consentScreen = 2;
    m.consentLanguage = 'FR';
    m.publisherCountryCode = 'FR';
    m.vendorListVersion = 110;
    m.policyVersion = 5;
    m.isServiceSpecific = true;
    m.purposeConsents.set([1, 2, 7]);
    m.purposeLegitimateInterests.set([2, 7, 8]);
    build(m);
    const tcString = segments.map((segment) => SegmentEncoder.encode(m, segment)).join('.');
    return { id, origin: `made by make_vectors.mjs with @iabtcf/core's SegmentEncoder: ${origin}`, tcString };
  };
  return [
    make('ref-bitfield-dense', 'dense vendor sections, so bitfield-encoded', (m) => {
      m.purposeConsents.set([1, 2, 3, 4, 7, 8, 9, 10]);
      m.purposeLegitimateInterests.set([2, 7, 8, 9, 10, 11]);
      m.vendorConsents.set(span(1, 300).filter((i) => i % 7));
      m.vendorLegitimateInterests.set(span(1, 120).filter((i) => i % 3 === 0));
      m.vendorsDisclosed.set(span(1, 300));
    }),
    make('ref-range-large-ids', 'sparse, large vendor ids (1000, 30000-30500, 65535), so range-encoded', (m) => {
      m.vendorConsents.set([1000, ...span(30000, 30500), 65535]);
      m.vendorLegitimateInterests.set([7, 30000]);
      m.vendorsDisclosed.set([...span(1, 20), 1000, ...span(30000, 30600), 65535]);
    }),
    make('ref-publisher-restrictions', 'three publisher restrictions, one per restriction type', (m) => {
      const restrict = (purpose, type, vendors) =>
        vendors.forEach((v) => m.publisherRestrictions.add(v, new PurposeRestriction(purpose, type)));
      restrict(2, RestrictionType.REQUIRE_CONSENT, [52, 69]);
      restrict(7, RestrictionType.NOT_ALLOWED, span(1, 10));
      restrict(10, RestrictionType.REQUIRE_LI, [755, 1000, 1001, 1002, 30000]);
      // The restriction encoder asks the vendor list which ids are gaps it may bridge; this stand-in
      // says ids 1-30000 all exist, so it writes plain runs of consecutive ids.
      m.publisherRestrictions.gvl = { vendorIds: new Set(span(1, 30000)) };
      m.vendorConsents.set([52, 69, 755]);
      m.vendorsDisclosed.set([1, 52, 69, 755, 1000]);
    }),
    make('ref-publisher-tc-custom-purposes', 'a PublisherTC segment with 4 custom purposes', (m) => {
      m.vendorsDisclosed.set([5, 6]);
      m.publisherConsents.set([1, 2, 3, 4]);
      m.publisherLegitimateInterests.set([2, 7]);
      m.numCustomPurposes = 4;
      m.publisherCustomConsents.set([1, 4]);
      m.publisherCustomLegitimateInterests.set([2]);
    }, [CORE, DISCLOSED, Segment.PUBLISHER_TC]),
    make('ref-purpose-one-treatment-special-features', 'purpose one treatment, publisher DE, both special features', (m) => {
      m.purposeOneTreatment = true;
      m.publisherCountryCode = 'DE';
      m.specialFeatureOptins.set([1, 2]);
      m.vendorsDisclosed.set([755]);
    }),
    make('ref-li-purposes-3-6-policy-5', 'legitimate interest for purposes 3-6 under policy 5 (forbidden)', (m) => {
      m.purposeLegitimateInterests.set([2, 3, 4, 5, 6, 7]);
      m.vendorsDisclosed.set([1]);
    }),
    make('ref-li-purpose-1', 'legitimate interest for purpose 1 (never allowed)', (m) => {
      m.purposeLegitimateInterests.set([1, 2]);
      m.vendorsDisclosed.set([1]);
    }),
    make('ref-not-service-specific-policy-2', 'a global-scope (IsServiceSpecific 0) TCF 2.0 string', (m) => {
      m.isServiceSpecific = false;
      m.policyVersion = 2;
    }, [CORE]),
    make('ref-vendors-allowed-legacy', 'the retired VendorsAllowed segment (type 2)', (m) => {
      m.isServiceSpecific = false;
      m.vendorsDisclosed.set([1, 2, 3]);
      m.vendorsAllowed.set([2, 3]);
    }, [CORE, DISCLOSED, Segment.VENDORS_ALLOWED]),
    make('ref-precise-timestamps', 'sub-day Created/LastUpdated and UseNonStandardTexts set', (m) => {
      m.created = new Date('2020-03-04T05:06:07.800Z');
      m.lastUpdated = new Date('2024-11-30T23:59:59.900Z');
      m.useNonStandardStacks = true;
      m.vendorsDisclosed.set([3]);
    }),
    make('ref-empty-core-only', 'nothing consented, core segment only', (m) => {
      m.purposeConsents.empty();
      m.purposeLegitimateInterests.empty();
    }, [CORE]),
  ];
}

// Arrays of numbers on one line: the file stays readable and reviewable in a diff.
const pretty = (value) => JSON.stringify(value, null, 1)
  .replace(/\[\s*([-\d,\s]*?)\s*\]/g, (_, inner) => `[${inner.replace(/\s+/g, '')}]`) + '\n';

const { core, temporary } = await loadReference();
try {
  const inputs = JSON.parse(readFileSync(join(HERE, 'strings.json'), 'utf8')).strings
    .map(({ id, origin, tcString }) => ({ id, origin, tcString }));
  const vectors = [];
  const rejected = [];
  for (const entry of [...inputs, ...madeStrings(core)]) {
    try {
      vectors.push({ ...entry, reference: plain(core.TCString.decode(entry.tcString)) });
    } catch (error) {
      rejected.push({ ...entry, referenceError: `${error.name}: ${error.message}` });
    }
  }
  const out = {
    about: 'TC strings and what the IAB reference decoder makes of them; rebuilt by make_vectors.mjs. ' +
      '"vectors": TCString.decode() output as plain JSON; "rejected": strings it throws on.',
    reference: { '@iabtcf/core': PINNED, node: process.version.split('.')[0] },
    vectors,
    rejected,
  };
  writeFileSync(join(HERE, 'vectors.json'), pretty(out));
  console.log(`vectors.json: ${vectors.length} decoded, ${rejected.length} rejected by @iabtcf/core ${PINNED}`);
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
