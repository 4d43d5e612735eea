import { parseLevyQuestion } from './src/core/levy/index.js';
for (const t of process.argv.slice(2)) console.log(t, '→', JSON.stringify(parseLevyQuestion(t)));
