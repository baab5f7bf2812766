import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { DOMParser } from '@tiptap/pm/model';
import { clippingSchema } from '../../../../shared/document/schema-extensions';
const html = `<html><head><title>T</title></head><body><h1>Head  line</h1><p>Hello   <b>bold</b>\n <a href="https://x.com" rel="opener" target="_blank" class="c">link</a> <a href="javascript:alert(1)">js</a><img src=x onerror=alert(2)></p>
<figure src="https://evil/"><img src="https://i/p.jpg" alt="A"><figcaption>Cap <i>it</i></figcaption></figure>
<table><caption>Cap</caption><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td style="width:10px" colspan=2>2</td></tr></tbody></table>
<ul><li>one</li><li><p>two</p><ol><li>n</li></ol></li></ul><blockquote>q</blockquote><pre>a\n  b\nc</pre><svg onload=alert(4)><script>x</script></svg><form><input>Form text<button>B</button></form><nav>menu</nav></body></html>`;
const dom = new JSDOM(html);
const purify = createDOMPurify(dom.window as any);
const body = dom.window.document.body;
const out = purify.sanitize(body, { IN_PLACE: true, USE_PROFILES: { html: true }, FORBID_TAGS: ['nav','form','button','input','script'], ADD_FORBID_CONTENTS: ['nav','button'] } as any);
console.log(body.innerHTML);
const doc = DOMParser.fromSchema(clippingSchema()).parse(body);
console.log(JSON.stringify(doc.toJSON(), null, 0));
