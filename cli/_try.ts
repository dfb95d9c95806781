import { readXlsxFile } from './read-xlsx';
import { runReview } from '../core/review';
import { ingest } from '../core/table';
import { defaultSettings } from '../core/settings/schema';
(async () => {
  let t = Date.now();
  const [s] = await readXlsxFile('/tmp/h4_200k.xlsx');
  console.log('read', Date.now() - t); t = Date.now();
  const ing = ingest(s.grid, {});
  console.log('ingest', Date.now() - t, ing.ok); t = Date.now();
  let last = Date.now();
  const r = runReview(s.grid, defaultSettings(), { onProgress: (st, f) => { console.log(st, f, Date.now() - last); last = Date.now(); } });
  console.log('review', Date.now() - t, r.ok);
})();
