// Builds the Teams app package: fills the manifest's ${{PLACEHOLDERS}} from the environment, checks the icons, validates
// the manifest against Microsoft's schema (bundled by @microsoft/app-manifest, offline) and zips manifest.json,
// color.png and outline.png at the zip's root.
//
//   TEAMS_APP_ID=<guid> BOT_ID=<guid> BOT_DOMAIN=<host> PORTAL_DOMAIN=<host> [APP_VERSION=1.0.0] node build.mjs
//   Optional: MANIFEST_TEMPLATE (default: manifest.template.json), MANIFEST_ICONS_DIR (default: this folder),
//   MANIFEST_OUT (default: build/mipgteams.zip).
// Messages are in Spanish: the admins who upload the app read them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { inspect } from './tools/png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const templatePath = process.env.MANIFEST_TEMPLATE || path.join(here, 'manifest.template.json');
const iconsDir = process.env.MANIFEST_ICONS_DIR || here;
const out = process.env.MANIFEST_OUT || path.join(here, 'build', 'mipgteams.zip');
const defaults = { APP_VERSION: '1.0.0' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checks = {
  TEAMS_APP_ID: (v) => GUID.test(v) || 'debe ser un GUID',
  BOT_ID: (v) => GUID.test(v) || 'debe ser un GUID (el id de aplicación de Entra del Azure Bot)',
  BOT_DOMAIN: (v) => /^[a-z0-9.-]+$/i.test(v) || 'debe ser un nombre de dominio sin https:// ni rutas',
  PORTAL_DOMAIN: (v) => /^[a-z0-9.-]+(:[0-9]+)?$/i.test(v) || 'debe ser el nombre de dominio del portal (la pestaña Indicadores), sin https:// ni rutas',
  APP_VERSION: (v) => /^\d+\.\d+\.\d+$/.test(v) || 'debe tener la forma 1.0.0',
};

function fail(message) {
  console.error(`Error: ${message}`);
  process.exit(1);
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const template = fs.readFileSync(templatePath, 'utf8');
const names = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
const missing = names.filter((name) => !(process.env[name] || defaults[name]));
if (missing.length > 0) fail(`faltan valores para ${missing.join(', ')} (variables de entorno).`);
for (const name of names) {
  const value = process.env[name] || defaults[name];
  const ok = checks[name]?.(value) ?? true;
  if (ok !== true) fail(`${name}="${value}" ${ok}.`);
}
// Values go in JSON-escaped, so no value can break the manifest's JSON.
const manifestText = template.replace(PLACEHOLDER, (_, name) => JSON.stringify(process.env[name] || defaults[name]).slice(1, -1));
const leftover = manifestText.match(/\$\{\{[^}]*\}\}?/);
if (leftover) fail(`el manifiesto conserva un marcador sin reemplazar: ${leftover[0]}.`);
let manifest;
try {
  manifest = JSON.parse(manifestText);
} catch (e) {
  fail(`el manifiesto no es JSON válido: ${e.message}.`);
}

const icons = { 'color.png': { size: 192 }, 'outline.png': { size: 32, transparent: true } };
for (const [file, rule] of Object.entries(icons)) {
  const full = path.join(iconsDir, file);
  if (!fs.existsSync(full)) fail(`no existe el ícono ${file}.`);
  let info;
  try {
    info = inspect(fs.readFileSync(full));
  } catch (e) {
    fail(`el ícono ${file} no se puede leer: ${e.message}.`);
  }
  if (info.width !== rule.size || info.height !== rule.size) {
    fail(`el ícono ${file} mide ${info.width}×${info.height}; debe medir ${rule.size}×${rule.size} píxeles.`);
  }
  if (rule.transparent) checkOutline(file, info);
}

// Teams wants the outline icon white on a transparent background: every corner fully transparent, and every pixel
// that shows at all is white (the edges are smoothed with alpha, not with grey).
function checkOutline(file, info) {
  if (!info.pixels) {
    fail(`el ícono ${file} debe ser un PNG RGBA (o gris con alfa) de 8 bits, no entrelazado, con fondo transparente.`);
  }
  const { width, height, pixels } = info;
  const at = (x, y) => pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4);
  for (const [x, y] of [[0, 0], [width - 1, 0], [0, height - 1], [width - 1, height - 1]]) {
    if (at(x, y)[3] !== 0) fail(`el ícono ${file} debe tener fondo transparente: el píxel (${x}, ${y}) no lo es.`);
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = at(x, y);
      if (a > 0 && (r < 0xf0 || g < 0xf0 || b < 0xf0)) {
        fail(`el ícono ${file} debe ser blanco sobre fondo transparente: el píxel (${x}, ${y}) es rgb(${r}, ${g}, ${b}).`);
      }
    }
  }
}

// The schema comes from the copy @microsoft/app-manifest bundles, never from the network: $schema must name a version
// the package carries, and the same one as manifestVersion.
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;
const schemaVersion = SCHEMA_URL.exec(manifest.$schema ?? '')?.[1];
if (!schemaVersion) fail(`$schema debe ser https://developer.microsoft.com/json-schemas/teams/v1.NN/MicrosoftTeams.schema.json, no "${manifest.$schema}".`);
if (schemaVersion !== manifest.manifestVersion) fail(`$schema (v${schemaVersion}) y manifestVersion (${manifest.manifestVersion}) no coinciden.`);
const require = createRequire(import.meta.url);
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', `v${schemaVersion}`, 'MicrosoftTeams.schema.json');
if (!fs.existsSync(schemaPath)) fail(`@microsoft/app-manifest no trae el esquema v${schemaVersion} (${schemaPath}).`);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
// Loaded here, not at the top: the validator takes a moment to load, and the checks above fail fast without it.
const { AppManifestUtils } = await import('@microsoft/app-manifest');
const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
if (errors.length > 0) fail(`el manifiesto no cumple el esquema de Teams v${schemaVersion}:\n  ${errors.join('\n  ')}`);

fs.mkdirSync(path.dirname(out), { recursive: true });
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(manifestText, 'utf8'));
for (const file of Object.keys(icons)) zip.addFile(file, fs.readFileSync(path.join(iconsDir, file)));
zip.writeZip(out);
console.log(`Paquete de la aplicación listo: ${path.relative(process.cwd(), out)} (manifest.json, color.png, outline.png).`);
