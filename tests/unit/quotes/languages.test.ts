import { describe, expect, it } from 'vitest';
import { detectQuotes, type DetectedQuote } from '../../../shared/quotes/detect-quotes';

function quote(text: string, quoted: string, speaker: string | null): DetectedQuote {
  const start = text.indexOf(quoted);
  if (start < 0) throw new Error(`not in the text: ${quoted}`);
  return { start, end: start + quoted.length, text: quoted, speaker };
}

describe('British English', () => {
  it('reads single quotation marks, ‘…’, with double ones nested inside and apostrophes around', () => {
    const text = '‘We will not bow to pressure from “so-called experts”,’ the minister said on Monday. ‘It’s the head’s decision.’ Others disagreed.';
    expect(detectQuotes(text)).toEqual([
      quote(text, '‘We will not bow to pressure from “so-called experts”,’', 'the minister'),
      quote(text, '‘It’s the head’s decision.’', 'the minister'),
    ]);
  });

  // Known limitation: a plural possessive (teachers’) inside ‘…’ is taken for the closing mark.
  it.fails('reads a plural possessive inside ‘…’ as an apostrophe', () => {
    const text = '‘It’s the teachers’ decision,’ the minister said.';
    expect(detectQuotes(text)).toEqual([quote(text, '‘It’s the teachers’ decision,’', 'the minister')]);
  });
});

describe('French', () => {
  it('reads « … » with no-break spaces inside, and the inverted verb after it', () => {
    const text = '«\u00a0Nous ne céderons pas\u00a0», a déclaré Emmanuel Macron mardi.';
    expect(detectQuotes(text)).toEqual([quote(text, '«\u00a0Nous ne céderons pas\u00a0»', 'Emmanuel Macron')]);
  });

  it('reads the speaker before a colon (narrow no-break spaces)', () => {
    const text = 'Le président a déclaré\u202f: «\u202fNous ne céderons pas.\u202f»';
    expect(detectQuotes(text)).toEqual([quote(text, '«\u202fNous ne céderons pas.\u202f»', 'Le président')]);
  });

  it('resolves a-t-il ajouté to the person named before', () => {
    const text = 'Emmanuel Macron était à Berlin lundi.\n\n« C’est inacceptable », a-t-il ajouté.';
    expect(detectQuotes(text)).toEqual([quote(text, '« C’est inacceptable »', 'Emmanuel Macron')]);
  });

  it('reads selon', () => {
    const text = 'Selon l’AFP, « la situation reste très grave ».';
    expect(detectQuotes(text)).toEqual([quote(text, '« la situation reste très grave »', 'l’AFP')]);
  });

  it('continues a quotation in the next paragraph opened with »', () => {
    const text = '« Nous ne céderons pas.\n\n» Et nous gagnerons », a dit le ministre.';
    expect(detectQuotes(text)).toEqual([quote(text, '« Nous ne céderons pas.\n\n» Et nous gagnerons »', 'le ministre')]);
  });
});

describe('German', () => {
  it('reads „…“, sagte X', () => {
    const text = '„Wir schaffen das“, sagte Angela Merkel.';
    expect(detectQuotes(text)).toEqual([quote(text, '„Wir schaffen das“', 'Angela Merkel')]);
  });

  it('reads X sagte: „…“ and „…“, so der Minister', () => {
    const text = 'Der Kanzler sagte: „Das ist ein guter Tag.“ „Das ist falsch“, so der Minister.';
    expect(detectQuotes(text)).toEqual([quote(text, '„Das ist ein guter Tag.“', 'Der Kanzler'), quote(text, '„Das ist falsch“', 'der Minister')]);
  });

  it('reads »…« and resolves sagte er', () => {
    const text = 'Bundeskanzler Friedrich Merz war am Montag in Berlin. »Das ist falsch«, sagte er.';
    expect(detectQuotes(text)).toEqual([quote(text, '»Das ist falsch«', 'Bundeskanzler Friedrich Merz')]);
  });
});

describe('Japanese', () => {
  it('reads X は「…」と述べた', () => {
    const text = '岸田文雄首相は31日、記者団に「重く受け止めている」と述べた。';
    expect(detectQuotes(text)).toEqual([quote(text, '「重く受け止めている」', '岸田文雄首相')]);
  });

  it('reads 「…」と、X は語った', () => {
    const text = '「核の脅威は容認できない」と、林芳正官房長官は語った。';
    expect(detectQuotes(text)).toEqual([quote(text, '「核の脅威は容認できない」', '林芳正官房長官')]);
  });

  it('keeps 『…』 nested inside 「…」 as one quotation', () => {
    const text = '関係者は「首相は『遺憾だ』と語った」と明かした。';
    expect(detectQuotes(text)).toEqual([quote(text, '「首相は『遺憾だ』と語った」', '関係者')]);
  });

  it('reads 『…』 on its own as a quotation', () => {
    const text = '首相は『圧力には屈しない』と述べた。';
    expect(detectQuotes(text)).toEqual([quote(text, '『圧力には屈しない』', '首相')]);
  });

  it('reads a title in 『…』 as part of the speaker', () => {
    const text = '『鬼滅の刃』の作者は「読者に感謝している」と語った。';
    expect(detectQuotes(text)).toEqual([quote(text, '『鬼滅の刃』', null), quote(text, '「読者に感謝している」', '『鬼滅の刃』の作者')]);
  });
});

describe('Korean', () => {
  it('reads X는 “…”라고 말했다', () => {
    const text = '윤석열 대통령은 이날 “북한의 도발에 단호히 대응하겠다”라고 말했다.';
    expect(detectQuotes(text)).toEqual([quote(text, '“북한의 도발에 단호히 대응하겠다”', '윤석열 대통령')]);
  });

  it('reads “…”고 X는 밝혔다', () => {
    const text = '“국제사회와 긴밀히 협력하겠다”고 외교부 대변인은 밝혔다.';
    expect(detectQuotes(text)).toEqual([quote(text, '“국제사회와 긴밀히 협력하겠다”', '외교부 대변인')]);
  });

  it('reads X는 “…”며 비판했다 and resolves 그는', () => {
    const text = '조선중앙통신은 31일 “적대세력의 도발을 강력히 규탄한다”며 비판했다. 그는 “우리는 물러서지 않을 것”이라고 밝혔다.';
    expect(detectQuotes(text)).toEqual([
      quote(text, '“적대세력의 도발을 강력히 규탄한다”', '조선중앙통신'),
      quote(text, '“우리는 물러서지 않을 것”', '조선중앙통신'),
    ]);
  });
});

describe('Chinese', () => {
  it('reads X表示：“…”, trimming the time and place', () => {
    const text = '外交部发言人毛宁7日在例行记者会上表示：“中方坚决反对。”';
    expect(detectQuotes(text)).toEqual([quote(text, '“中方坚决反对。”', '外交部发言人毛宁')]);
  });

  it('reads “…”，X说。', () => {
    const text = '“这是一个历史性的时刻，”王毅说。';
    expect(detectQuotes(text)).toEqual([quote(text, '“这是一个历史性的时刻，”', '王毅')]);
  });

  it('reads 据X报道 and traditional 「…」', () => {
    const text = '据新华社报道，“会议取得了圆满成功。”外交部長林佳龍表示：「台灣將持續與國際社會合作。」';
    expect(detectQuotes(text)).toEqual([quote(text, '“会议取得了圆满成功。”', '新华社'), quote(text, '「台灣將持續與國際社會合作。」', '外交部長林佳龍')]);
  });
});
