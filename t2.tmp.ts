import { readArticle } from "./lib/import/article";
import { readFileSync, readdirSync } from "node:fs";
const dir = "tests/fixtures/articles/real/tuned/";
let text = ""; const files = readdirSync(dir).filter(f=>f.endsWith(".txt")).sort();
for (let i = 0; text.length < 50000; i++) text += readFileSync(dir + files[i % files.length], "utf8") + "\n\n";
text = text.slice(0, 50000);
for (let r = 0; r < 5; r++) { const a = performance.now(); const x = readArticle(text); console.log((performance.now()-a).toFixed(0), x.people.length); }
