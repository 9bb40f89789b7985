// Imports the installed package by name, as a user's script would, and prints what the library gives as JSON:
// the report of the folders named on the command line, the report of one article given as text, and the error
// of a bad option. Run from a folder whose node_modules holds summit-facts (see api.test.ts).
import { extract, UsageError, VERSION } from 'summit-facts';

const [folder] = process.argv.slice(2);
const report = await extract([folder]);
const fromText = await extract([{ text: 'Xi Jinping met Vladimir Putin in Beijing on Wednesday.', id: 'note', published: '2023-10-18' }]);
let badDate = null;
try {
  await extract([folder], { referenceDate: '2023-02-30' });
} catch (e) {
  badDate = { usage: e instanceof UsageError, message: e.message };
}
process.stdout.write(JSON.stringify({ version: VERSION, facts: report.facts, sources: report.sources.map((s) => s.path), fromText: { sources: fromText.sources.map((s) => [s.id, s.published]), people: fromText.people.map((p) => p.id) }, badDate }));
