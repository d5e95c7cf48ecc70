// Builds the Teams app package: fills the manifest's ${{PLACEHOLDERS}} from the environment, checks the icons, validates
// the manifest against Microsoft's schema (bundled by @microsoft/app-manifest, offline) and zips manifest.json,
// color.png and outline.png at the zip's root.
//
//   TEAMS_APP_ID=<guid> BOT_ID=<guid> BOT_DOMAIN=<host> [APP_VERSION=1.0.0] node build.mjs
//   Optional: MANIFEST_ICONS_DIR (default: this folder), MANIFEST_OUT (default: build/mipgteams.zip).
// Messages are in Spanish: the admins who upload the app read them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { inspect } from './tools/png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const iconsDir = process.env.MANIFEST_ICONS_DIR || here;
const out = process.env.MANIFEST_OUT || path.join(here, 'build', 'mipgteams.zip');
const defaults = { APP_VERSION: '1.0.0' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checks = {
  TEAMS_APP_ID: (v) => GUID.test(v) || 'debe ser un GUID',
  BOT_ID: (v) => GUID.test(v) || 'debe ser un GUID (el id de aplicación de Entra del Azure Bot)',
  BOT_DOMAIN: (v) => /^[a-z0-9.-]+$/i.test(v) || 'debe ser un nombre de dominio sin https:// ni rutas',
  APP_VERSION: (v) => /^\d+\.\d+\.\d+$/.test(v) || 'debe tener la forma 1.0.0',
};

function fail(message) {
  console.error(`Error: ${message}`);
  process.exit(1);
}

const template = fs.readFileSync(path.join(here, 'manifest.template.json'), 'utf8');
const names = [...new Set([...template.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]))];
const missing = names.filter((name) => !(process.env[name] || defaults[name]));
if (missing.length > 0) fail(`faltan valores para ${missing.join(', ')} (variables de entorno).`);
for (const name of names) {
  const value = process.env[name] || defaults[name];
  const ok = checks[name]?.(value) ?? true;
  if (ok !== true) fail(`${name}="${value}" ${ok}.`);
}
const manifestText = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name) => process.env[name] || defaults[name]);

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
  if (rule.transparent) {
    if (!info.hasAlpha) fail(`el ícono ${file} debe tener fondo transparente (PNG con canal alfa).`);
    if (info.alpha && info.alpha[0] !== 0) fail(`el ícono ${file} debe tener fondo transparente: la esquina superior izquierda no lo es.`);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mipg-manifest-'));
const manifestPath = path.join(work, 'manifest.json');
fs.writeFileSync(manifestPath, manifestText);
const [, errors] = await AppManifestUtils.readAndValidateTeamsManifest(manifestPath);
if (errors && errors.length > 0) fail(`el manifiesto no cumple el esquema de Teams:\n  ${errors.join('\n  ')}`);

fs.mkdirSync(path.dirname(out), { recursive: true });
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(manifestText, 'utf8'));
for (const file of Object.keys(icons)) zip.addFile(file, fs.readFileSync(path.join(iconsDir, file)));
zip.writeZip(out);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Paquete de la aplicación listo: ${path.relative(process.cwd(), out)} (manifest.json, color.png, outline.png).`);
