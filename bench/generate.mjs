// Deterministic generator of realistic synthetic catalogs for the benchmark.
//
// A generated catalog is a directory of files the way a national catalog would be kept:
//   catalog.yaml                 catalog settings and the 63 provinces
//   documents.yaml               documents (some with a sunset, some obtained through procedures)
//   data-sources.yaml            registers, with province overrides
//   legal/<issuer>.yaml          decrees and circulars, some amending the others
//   ministries/<ministry>.yaml   central procedures and nationwide provincial ones
//   provinces/<code>.yaml        each province's own procedures
// The same seed and size always give the same files, byte for byte.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/** Bumped whenever the generator's output changes, so stale generated folders are rebuilt. */
export const GENERATOR_VERSION = 2;

export const PROVINCE_CODES = [
  'HN', 'HCM', 'HP', 'DNA', 'CT', 'AG', 'BRVT', 'BG', 'BK', 'BL', 'BN', 'BTR', 'BD', 'BDI', 'BP', 'BTH',
  'CM', 'CB', 'DLK', 'DNO', 'DB', 'DNAI', 'DT', 'GL', 'HG', 'HNA', 'HT', 'HD', 'HGI', 'HB', 'HY', 'KH',
  'KG', 'KT', 'LC', 'LS', 'LCA', 'LD', 'LA', 'ND', 'NA', 'NB', 'NT', 'PT', 'PY', 'QB', 'QNA', 'QNG',
  'QNI', 'QT', 'ST', 'SL', 'TN', 'TB', 'TNG', 'TH', 'TTH', 'TG', 'TV', 'TQ', 'VL', 'VP', 'YB',
];

const MINISTRIES = [
  ['bo-tu-phap', 'Bộ Tư pháp', ['Hộ tịch', 'Chứng thực', 'Nuôi con nuôi', 'Quốc tịch']],
  ['bo-cong-an', 'Bộ Công an', ['Cư trú', 'Căn cước', 'Xuất nhập cảnh', 'Đăng ký xe']],
  ['bo-lao-dong', 'Bộ Lao động – Thương binh và Xã hội', ['Bảo trợ xã hội', 'Người có công', 'Việc làm']],
  ['bo-giao-duc', 'Bộ Giáo dục và Đào tạo', ['Giáo dục mầm non', 'Học phí', 'Hỗ trợ học sinh']],
  ['bo-y-te', 'Bộ Y tế', ['Bảo hiểm y tế', 'Khám bệnh, chữa bệnh', 'Dược phẩm']],
  ['bo-tai-nguyen', 'Bộ Tài nguyên và Môi trường', ['Đất đai', 'Biển và hải đảo', 'Môi trường']],
  ['bo-xay-dung', 'Bộ Xây dựng', ['Nhà ở', 'Cấp phép xây dựng', 'Quy hoạch']],
  ['bo-tai-chinh', 'Bộ Tài chính', ['Hải quan', 'Thuế', 'Quản lý công sản']],
  ['bo-cong-thuong', 'Bộ Công Thương', ['Điện lực', 'Thương mại', 'An toàn thực phẩm']],
  ['bo-nong-nghiep', 'Bộ Nông nghiệp và Phát triển nông thôn', ['Lâm nghiệp', 'Thủy sản', 'Thú y']],
  ['bo-ke-hoach', 'Bộ Kế hoạch và Đầu tư', ['Đăng ký doanh nghiệp', 'Đầu tư', 'Hợp tác xã']],
  ['bo-giao-thong', 'Bộ Giao thông vận tải', ['Đường bộ', 'Đường thủy', 'Hàng hải']],
  ['bo-thong-tin', 'Bộ Thông tin và Truyền thông', ['Viễn thông', 'Báo chí', 'Xuất bản']],
  ['bo-quoc-phong', 'Bộ Quốc phòng', ['Nghĩa vụ quân sự', 'Chính sách quân đội']],
  ['bo-noi-vu', 'Bộ Nội vụ', ['Thi đua khen thưởng', 'Tôn giáo', 'Công chức']],
  ['ngan-hang', 'Ngân hàng Nhà nước Việt Nam', ['Tín dụng', 'Ngoại hối']],
  ['bo-van-hoa', 'Bộ Văn hóa, Thể thao và Du lịch', ['Du lịch', 'Di sản', 'Thể dục thể thao']],
];

const VERBS = ['Đăng ký', 'Cấp', 'Cấp lại', 'Cấp đổi', 'Xác nhận', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Hỗ trợ', 'Chi trả', 'Công nhận', 'Thẩm định'];
const OBJECTS = [
  'giấy phép', 'giấy chứng nhận', 'trợ cấp', 'hồ sơ', 'hợp đồng', 'quyền sử dụng đất', 'chế độ ưu đãi',
  'học bổng', 'thẻ bảo hiểm y tế', 'khai sinh', 'kết hôn', 'khai tử', 'nhà ở xã hội', 'mua bán điện',
];
const DOC_KINDS = [
  'Giấy chứng nhận', 'Giấy xác nhận', 'Bản sao', 'Tờ khai', 'Đơn đề nghị', 'Quyết định', 'Giấy phép',
  'Biên bản', 'Sổ', 'Thẻ', 'Văn bản', 'Hợp đồng',
];
const DOC_TOPICS = [
  'quyền sử dụng đất', 'đăng ký kinh doanh', 'tình trạng hôn nhân', 'hộ nghèo', 'thương binh', 'khuyết tật',
  'học sinh', 'nhà ở', 'thu nhập', 'đăng ký xe', 'nghĩa vụ quân sự', 'bảo hiểm xã hội', 'tạm vắng', 'công chứng',
];
const ISSUERS = [
  ['chinh-phu', 'Chính phủ', 'nghi-dinh', 'NĐ-CP'],
  ['thu-tuong', 'Thủ tướng Chính phủ', 'quyet-dinh', 'QĐ-TTg'],
];
const POINTS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'];
const FORMS = ['paper', 'paper', 'paper', 'paper', 'paper', 'card', 'card', 'electronic', 'electronic', 'data'];

/** mulberry32: a small, fast, seedable PRNG; good enough for synthetic data. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    sample(list, k) {
      const out = new Set();
      const n = Math.min(k, list.length);
      while (out.size < n) out.add(list[Math.floor(next() * list.length)]);
      return [...out];
    },
  };
}

function date(rnd, fromYear, toYear) {
  const y = rnd.int(fromYear, toYear);
  const m = rnd.int(1, 12);
  const d = rnd.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function provinceName(code) {
  return `Tỉnh ${code}`;
}

/**
 * Generates a catalog of about `procedures` procedures as plain data: an array of
 * `{ path, data }` with `path` relative to the catalog folder (".yaml" names).
 */
export function generateCatalog({ procedures: total, seed = 1 }) {
  const rnd = createRandom(seed * 7919 + total);
  const files = [];

  // Provinces and catalog settings.
  files.push({
    path: 'catalog.yaml',
    data: {
      catalog: {
        name: `synthetic-${total}`,
        description: `Synthetic national catalog with ${total} procedures (seed ${seed}), generated for the benchmark.`,
        cutoff: '2023-01-01',
      },
      provinces: PROVINCE_CODES.map((code) => ({ code, name: provinceName(code) })),
    },
  });

  // Legal documents: government decrees, prime-minister decisions, one circular series per ministry.
  const legalCount = Math.max(24, Math.round(total / 150));
  const legal = [];
  const legalByIssuer = new Map();
  for (let i = 0; i < legalCount; i++) {
    let year = rnd.int(2005, 2023);
    const n = i + 1;
    if (n === 104 && year === 2022) year = 2021; // nd-104-2022 is the real decree, added below
    let issuerKey;
    let entry;
    if (i % 4 === 3) {
      const [key, name] = MINISTRIES[i % MINISTRIES.length];
      issuerKey = key;
      entry = { id: `tt-${n}-${year}-${key}`, number: `${n}/${year}/TT-${key.replace(/^bo-/, '').toUpperCase()}`, type: 'thong-tu', issuer: name };
    } else {
      const [key, name, type, suffix] = ISSUERS[i % 7 === 0 ? 1 : 0];
      issuerKey = key;
      entry = { id: `${type === 'nghi-dinh' ? 'nd' : 'qd'}-${n}-${year}`, number: `${n}/${year}/${suffix}`, type, issuer: name };
    }
    entry.title = `Văn bản quy định chi tiết số ${n} năm ${year}`;
    entry.issued = `${year}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`;
    entry.effective = `${year}-${String(rnd.int(10, 12))}-01`;
    entry.source = `https://vbpl.example.vn/van-ban/${entry.id}`;
    entry.articles = rnd.int(8, 40);
    legal.push(entry);
    if (!legalByIssuer.has(issuerKey)) legalByIssuer.set(issuerKey, []);
    legalByIssuer.get(issuerKey).push(entry);
  }
  const residenceLaw = { id: 'luat-cu-tru-2020', number: '68/2020/QH14', type: 'luat', issuer: 'Quốc hội', title: 'Luật Cư trú', issued: '2020-11-13', effective: '2021-07-01', source: 'https://vbpl.example.vn/van-ban/luat-cu-tru-2020', articles: 40 };
  legal.push(residenceLaw);
  legalByIssuer.set('quoc-hoi', [residenceLaw]);

  const provision = (law) => {
    const p = { legal: rnd.chance(0.15) ? law.number : law.id, article: rnd.int(1, law.articles) };
    if (rnd.chance(0.8)) p.clause = rnd.int(1, 6);
    if (p.clause !== undefined && rnd.chance(0.4)) p.point = rnd.pick(POINTS);
    return p;
  };

  // Documents: the two books abolished after 2022, other sunsets, and ordinary documents.
  const docCount = Math.max(40, Math.round(total / 40));
  const documents = [
    { id: 'so-ho-khau', name: 'Sổ hộ khẩu', name_en: 'Household registration book', form: 'paper', valid_until: '2022-12-31', sunset_basis: { legal: residenceLaw.id, article: 38, clause: 3 }, replaced_by: ['csdlqg-dan-cu'] },
    { id: 'so-tam-tru', name: 'Sổ tạm trú', name_en: 'Temporary residence book', form: 'paper', valid_until: '2022-12-31', sunset_basis: { legal: residenceLaw.id, article: 38, clause: 3 }, replaced_by: ['csdlqg-dan-cu'] },
    { id: 'ct07', name: 'Giấy xác nhận thông tin về cư trú', form: 'paper' },
    { id: 'cccd', name: 'Thẻ Căn cước công dân', form: 'card' },
  ];
  for (let i = documents.length; i < docCount; i++) {
    const doc = {
      id: `giay-to-${i}`,
      name: `${rnd.pick(DOC_KINDS)} ${rnd.pick(DOC_TOPICS)} (mẫu ${i})`,
      form: rnd.pick(FORMS),
    };
    if (rnd.chance(0.06)) {
      doc.valid_until = date(rnd, 2021, 2024);
      doc.sunset_basis = provision(rnd.pick(legal));
    }
    documents.push(doc);
  }
  const sunsetDocs = documents.filter((d) => d.valid_until);
  const plainDocs = documents.filter((d) => !d.valid_until);

  // Data sources with province overrides (not connected, or connected later).
  const sourceCount = Math.max(6, Math.round(total / 2000));
  const dataSources = [
    { id: 'csdlqg-dan-cu', name: 'Cơ sở dữ liệu quốc gia về dân cư', provides: ['so-ho-khau', 'so-tam-tru', 'ct07'], available_from: '2022-07-01', provinces: {} },
  ];
  for (let i = 1; i < sourceCount; i++) {
    const provides = rnd.sample(rnd.chance(0.5) ? sunsetDocs : documents, rnd.int(1, 4)).map((d) => d.id);
    const ds = { id: `csdl-${i}`, name: `Cơ sở dữ liệu chuyên ngành số ${i}`, provides: [...new Set(provides)] };
    if (rnd.chance(0.8)) ds.available_from = date(rnd, 2021, 2024);
    ds.provinces = {};
    dataSources.push(ds);
  }
  for (const ds of dataSources) {
    for (const code of rnd.sample(PROVINCE_CODES, rnd.int(2, 12))) {
      ds.provinces[code] = rnd.chance(0.5) ? null : date(rnd, 2022, 2025);
    }
  }
  for (const doc of sunsetDocs) {
    if (doc.replaced_by) continue;
    const providers = dataSources.filter((s) => s.provides.includes(doc.id));
    if (providers.length) doc.replaced_by = providers.map((s) => s.id);
  }

  // Procedures: central, nationwide provincial, and each province's own.
  const centralCount = Math.round(total * 0.08);
  const nationalCount = Math.round(total * 0.02);
  const localCount = total - centralCount - nationalCount;
  const central = [];
  const national = [];
  const local = PROVINCE_CODES.map(() => []);
  const byMinistry = new Map(MINISTRIES.map(([key]) => [key, []]));

  const candidateIds = [...documents.map((d) => d.id), ...dataSources.map((s) => s.id)];
  const requirementsFor = () => {
    const n = rnd.int(1, 4);
    const out = [];
    for (let k = 0; k < n; k++) {
      const doc = rnd.chance(0.1) ? rnd.pick(sunsetDocs) : rnd.pick(plainDocs);
      if (out.some((r) => r.document === doc.id)) continue;
      const r = { document: doc.id };
      if (rnd.chance(0.85)) r.basis = provision(rnd.pick(legal));
      if (rnd.chance(0.3)) r.mode = 'present';
      if (rnd.chance(0.2)) {
        const accept = rnd.sample(candidateIds, rnd.int(1, 2)).filter((c) => c !== doc.id);
        if (accept.length) r.accept = accept;
      }
      out.push(r);
    }
    return out;
  };
  const procedureName = (i) => `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)} (thủ tục ${i})`;
  const base = (code, i, ministry) => ({
    code,
    name: procedureName(i),
    field: rnd.pick(ministry[2]),
    ministry: ministry[1],
  });

  let serial = 0;
  for (let i = 0; i < centralCount; i++) {
    const ministry = rnd.pick(MINISTRIES);
    const p = { ...base(`1.${String(100000 + serial++).padStart(6, '0')}`, serial, ministry), agency: ministry[1], level: ['trung-uong'] };
    p.online = rnd.pick(['toan-trinh', 'mot-phan', 'none']);
    p.requires = requirementsFor();
    if (central.length && rnd.chance(0.25)) p.needs = rnd.sample(central.slice(-200), rnd.int(1, 2)).map((q) => q.code);
    central.push(p);
    byMinistry.get(ministry[0]).push(p);
  }
  const levels = [['tinh'], ['huyen'], ['xa'], ['tinh', 'huyen'], ['huyen', 'xa'], ['trung-uong', 'tinh']];
  let essential = 0;
  for (let i = 0; i < nationalCount; i++) {
    const ministry = rnd.pick(MINISTRIES);
    const p = { ...base(`2.${String(100000 + serial++).padStart(6, '0')}`, serial, ministry), agency: 'Ủy ban nhân dân', level: rnd.pick(levels) };
    if (rnd.chance(0.1)) p.provinces = 'all';
    p.online = rnd.pick(['toan-trinh', 'mot-phan', 'none']);
    if (essential < 25 && rnd.chance(0.2)) {
      p.essential = true;
      essential++;
    }
    p.requires = requirementsFor();
    const pool = rnd.chance(0.5) ? central : national;
    if (pool.length && rnd.chance(0.3)) p.needs = rnd.sample(pool.slice(-200), rnd.int(1, 2)).map((q) => q.code);
    national.push(p);
    byMinistry.get(ministry[0]).push(p);
  }
  for (let i = 0; i < localCount; i++) {
    const pi = i % PROVINCE_CODES.length;
    const code = PROVINCE_CODES[pi];
    const ministry = rnd.pick(MINISTRIES);
    const own = local[pi];
    const p = { ...base(`${code.toLowerCase()}-${String(own.length + 1).padStart(5, '0')}`, serial++, ministry), agency: `Sở ngành ${code}`, level: rnd.pick(levels.slice(0, 5)) };
    p.provinces = [code];
    if (rnd.chance(0.3)) p.online = rnd.pick(['toan-trinh', 'mot-phan', 'none']);
    p.requires = requirementsFor();
    if (rnd.chance(0.35)) {
      const needs = [];
      if (own.length && rnd.chance(0.7)) needs.push(rnd.pick(own.slice(-100)).code);
      const pool = national.length && rnd.chance(0.5) ? national : central;
      if (pool.length && rnd.chance(0.4)) needs.push(rnd.pick(pool).code);
      if (needs.length) p.needs = [...new Set(needs)];
    }
    own.push(p);
  }
  // A few catch-22s: two provincial procedures of one province that need each other.
  for (let k = 0; k < Math.max(1, Math.round(total / 20000)); k++) {
    const own = local[k % local.length];
    if (own.length < 4) continue;
    const a = own[own.length - 1 - k];
    const b = own[own.length - 2 - k];
    a.needs = [...new Set([...(a.needs ?? []), b.code])];
    b.needs = [...new Set([...(b.needs ?? []), a.code])];
  }

  // obtained_by: some documents are issued by a central or nationwide procedure.
  const issuers = [...central, ...national];
  for (const doc of documents) {
    if (doc.id === 'so-ho-khau' || doc.id === 'so-tam-tru' || !rnd.chance(doc.id === 'ct07' ? 1 : 0.3)) continue;
    const by = rnd.sample(issuers, rnd.int(1, 2));
    doc.obtained_by = by.map((q) => q.code);
    for (const q of by) q.produces = [...new Set([...(q.produces ?? []), doc.id])];
  }

  // Amendments: many decrees amend provisions cited by requirements, a few by document scope.
  const cited = [];
  for (const p of [...central, ...national, ...local.flat()]) {
    for (const r of p.requires) if (r.basis && cited.length < 50000) cited.push(r);
  }
  const amending = cited.length ? legal.filter((l) => l.type !== 'luat' && l.effective >= '2015' && rnd.chance(0.3)) : [];
  let changes = 0;
  for (const law of amending) {
    law.amends = [];
    for (let k = rnd.int(1, 6); k > 0; k--) {
      const r = rnd.pick(cited);
      const target = { ...r.basis };
      if (rnd.chance(0.4)) {
        delete target.point;
        if (rnd.chance(0.5)) delete target.clause;
      }
      const change = { provision: target, by: { article: rnd.int(1, 15), clause: rnd.int(1, 5) } };
      if (changes++ % 7 === 3) change.drop = true;
      else change.accept = rnd.sample(candidateIds, rnd.int(1, 2));
      if (rnd.chance(0.3)) change.effective = date(rnd, 2021, 2024);
      law.amends.push(change);
    }
  }
  // Most other sunsets were followed by a document-wide change, as Decree 104 did for the books.
  for (const doc of sunsetDocs) {
    if (doc.id === 'so-ho-khau' || doc.id === 'so-tam-tru' || !amending.length || !rnd.chance(0.6)) continue;
    const law = rnd.pick(amending);
    const accept = doc.replaced_by ?? ['ct07'];
    law.amends.push({ scope: { document: doc.id }, accept, by: { article: rnd.int(1, 15) } });
  }
  const decree104 = {
    id: 'nd-104-2022', number: '104/2022/NĐ-CP', type: 'nghi-dinh', issuer: 'Chính phủ',
    title: 'Nghị định sửa đổi các nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy',
    issued: '2022-12-21', effective: '2023-01-01', source: 'https://vbpl.example.vn/van-ban/nd-104-2022',
    amends: [
      { scope: { document: 'so-ho-khau' }, accept: ['csdlqg-dan-cu', 'ct07'], by: { article: 15, clause: 3 } },
      { scope: { document: 'so-tam-tru' }, accept: ['csdlqg-dan-cu', 'ct07'], by: { article: 15, clause: 3 } },
    ],
  };
  legalByIssuer.get('chinh-phu').push(decree104);

  files.push({ path: 'documents.yaml', data: { documents } });
  files.push({ path: 'data-sources.yaml', data: { data_sources: dataSources } });
  for (const [issuer, list] of legalByIssuer) {
    files.push({ path: `legal/${issuer}.yaml`, data: { legal: list.map(({ articles, ...rest }) => rest) } });
  }
  for (const [key, list] of byMinistry) {
    if (list.length) files.push({ path: `ministries/${key}.yaml`, data: { procedures: list } });
  }
  PROVINCE_CODES.forEach((code, pi) => {
    if (local[pi].length) files.push({ path: `provinces/${code.toLowerCase()}.yaml`, data: { procedures: local[pi] } });
  });
  return files;
}

/** Serialises one generated file: YAML as people write catalogs, or JSON (one entity a line). */
export function serialise(data, format) {
  if (format === 'json') {
    const parts = Object.entries(data).map(([key, value]) => {
      if (!Array.isArray(value)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
      return `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    });
    return `{\n${parts.join(',\n')}\n}\n`;
  }
  // As people write catalogs: short lists and provision references on one line.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node) {
      if (node.items.length <= 4 && node.items.every((pair) => isScalar(pair.value) && String(pair.key) !== 'name')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/**
 * Writes a generated catalog to `dir` (replacing it), in YAML or JSON (`.json` names), with
 * a stamp `.generated.json` that records what was generated (`made`: its size and seed).
 * Returns the list of written paths and the total size in bytes.
 */
export function writeCatalog(dir, files, format = 'yaml', made = {}) {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  let bytes = 0;
  const paths = [];
  for (const f of files) {
    const rel = format === 'json' ? f.path.replace(/\.yaml$/, '.json') : f.path;
    const full = join(tmp, rel);
    mkdirSync(dirname(full), { recursive: true });
    const text = serialise(f.data, format);
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
    paths.push(rel);
  }
  writeFileSync(join(tmp, '.generated.json'), JSON.stringify({ version: GENERATOR_VERSION, ...made, files: paths.length, bytes }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { paths, bytes };
}

/**
 * Generates into `dir` unless the catalog there came from the same generator version with
 * the same size and seed. `generated` tells which.
 */
export function ensureCatalog(dir, { procedures, seed = 1, format = 'yaml' }) {
  const stamp = join(dir, '.generated.json');
  if (existsSync(stamp)) {
    try {
      const info = JSON.parse(readFileSync(stamp, 'utf8'));
      if (info.version === GENERATOR_VERSION && info.procedures === procedures && info.seed === seed) return { ...info, generated: false };
    } catch {
      // A broken stamp: generate again.
    }
  }
  const { paths, bytes } = writeCatalog(dir, generateCatalog({ procedures, seed }), format, { procedures, seed });
  return { version: GENERATOR_VERSION, procedures, seed, files: paths.length, bytes, generated: true };
}

// `node bench/generate.mjs 10000 [--seed N] [--json] [--out DIR]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const procedures = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const format = args.includes('--json') ? 'json' : 'yaml';
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : join(dirname(new URL(import.meta.url).pathname), 'out', `${procedures}-${format}`);
  const t0 = performance.now();
  const { paths, bytes } = writeCatalog(out, generateCatalog({ procedures, seed }), format, { procedures, seed });
  console.log(`${out}: ${paths.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
