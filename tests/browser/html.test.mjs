// Every generated HTML page passes html-validate (rules in .htmlvalidate.json) with 0 errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";

const SITE_DIR = path.resolve(process.env.SITE_DIR ?? "target/browser-site");

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

test("every generated page is valid HTML", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(SITE_DIR);
  assert.ok(files.length > 500, `only ${files.length} pages found in ${SITE_DIR}`);
  const errors = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${path.relative(SITE_DIR, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  assert.deepEqual(errors, []);
  console.log(`html-validate: ${files.length} pages, 0 errors`);
});
