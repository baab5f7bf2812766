import { expect, test } from './support/fixtures';

const LONG_TITLE = 'The long history of the northern ferries';
function longArticle(): string {
  const vocabulary = 'harbour ferry island council winter route crossing passengers timetable captain weather season village mainland cargo tide lighthouse subsidy ministry report'.split(' ');
  let seed = 7;
  const word = () => vocabulary[(seed = (seed * 48271) % 2147483647) % vocabulary.length];
  const paragraphs: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    if (i % 20 === 0) paragraphs.push(`<h2>Part ${i / 20 + 1}</h2>`);
    paragraphs.push(`<p>Paragraph ${i + 1}. ${Array.from({ length: 48 }, word).join(' ')}.</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${LONG_TITLE}</title></head>
<body><article><h1>${LONG_TITLE}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

test('scroll cost on a 20,000-word article', async ({ library, page }) => {
  await library.importFile({ name: 'long.html', content: longArticle() });
  await library.select(LONG_TITLE);
  await expect(page.locator('.reader-scroll .document p').last()).toContainText('Paragraph 400.');
  const words = await page.locator('.reader-scroll .document').evaluate((el) => el.textContent!.split(/\s+/).length);
  console.log('words', words, 'blocks', await page.locator('.reader-scroll .document > *').count());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (const run of ['wheel', 'programmatic']) {
    const before = await metrics();
    await page.locator('.reader-scroll').evaluate((el) => (el.scrollTop = 0));
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; longTasks: number[]; handler: number[] };
      w.frames_ = [];
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.longTasks.push(entry.duration))).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now: number) => {
        w.frames_.push(now - last);
        last = now;
        if (w.frames_.length < 400) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    if (run === 'wheel') {
      await page.locator('.reader-scroll').hover();
      for (let i = 0; i < 120; i += 1) await page.mouse.wheel(0, 400);
    } else {
      await page.locator('.reader-scroll').evaluate(async (el) => {
        for (let i = 0; i < 300; i += 1) {
          el.scrollTop += 300;
          await new Promise((r) => requestAnimationFrame(r));
        }
      });
    }
    const stats = await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; longTasks: number[] };
      const sorted = [...w.frames_].slice(2).sort((a, b) => a - b);
      const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))]!.toFixed(1);
      return { n: sorted.length, p50: q(0.5), p95: q(0.95), max: q(1), over20: sorted.filter((x) => x > 20).length, longTasks: w.longTasks };
    });
    console.log(run, JSON.stringify(stats));
    const after = await metrics();
    const d = (k: string) => ((after[k]! - before[k]!) * 1000).toFixed(1);
    console.log(run, 'ms script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'), 'task', d('TaskDuration'), 'layouts', after.LayoutCount! - before.LayoutCount!);
  }
  // The cost of one position measurement (what the rAF callback does), in isolation.
  const cost = await page.locator('.reader-scroll').evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight / 2;
    const blocks = scroller.querySelector('.document')!.children;
    const t0 = performance.now();
    for (let n = 0; n < 1000; n += 1) {
      const viewTop = scroller.getBoundingClientRect().top;
      let low = 0;
      let high = blocks.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (blocks[middle]!.getBoundingClientRect().bottom > viewTop) high = middle;
        else low = middle + 1;
      }
      blocks[low]!.getBoundingClientRect();
    }
    return (performance.now() - t0) / 1000;
  });
  console.log('measure ms', cost.toFixed(4));
  const save = await page.evaluate(() => {
    const t0 = performance.now();
    for (let n = 0; n < 100; n += 1) {
      const raw = JSON.stringify(Array.from({ length: 500 }, (_, i) => [i + 1, 12, 0.1234, 0.5678]));
      localStorage.setItem('tmp-bench', raw);
      JSON.parse(localStorage.getItem('tmp-bench')!);
    }
    localStorage.removeItem('tmp-bench');
    return (performance.now() - t0) / 100;
  });
  console.log('save (500 entries) ms', save.toFixed(3));
});
