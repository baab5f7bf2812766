import { describe, expect, it } from 'vitest';
import { detectQuotes, type DetectedQuote } from '../../../shared/quotes/detect-quotes';

/** The expected quotation: `quoted` found in `text` (its first occurrence), with its speaker. */
function quote(text: string, quoted: string, speaker: string | null): DetectedQuote {
  const start = text.indexOf(quoted);
  if (start < 0) throw new Error(`not in the text: ${quoted}`);
  return { start, end: start + quoted.length, text: quoted, speaker };
}

describe('English attribution after the quotation', () => {
  it('reads "…," Mr. Steele said', () => {
    const text = '“This is not something the United States had actively prosecuted,” Mr. Steele said in a speech Thursday night.';
    expect(detectQuotes(text)).toEqual([quote(text, '“This is not something the United States had actively prosecuted,”', 'Mr. Steele')]);
  });

  it('reads "…," said Sen. Jim DeMint, R-S.C. (straight quotes, inverted)', () => {
    const text = '"Chairman Steele needs to apologize to our military," said Sen. Jim DeMint, R-S.C.';
    expect(detectQuotes(text)).toEqual([quote(text, '"Chairman Steele needs to apologize to our military,"', 'Sen. Jim DeMint')]);
  });

  it('reads a compound role after a determiner ("said the harbour master, who …")', () => {
    const text = '“We did not expect so many,” said the harbour master, who counted the volunteers. “The whole village came.”';
    expect(detectQuotes(text)[0]).toEqual(quote(text, '“We did not expect so many,”', 'the harbour master'));
  });

  it('skips an appositive between the speaker and the verb', () => {
    const text = '“It’s sexist,” Terry O’Neill, the president of the National Organization for Women, said on Monday.';
    expect(detectQuotes(text)).toEqual([quote(text, '“It’s sexist,”', 'Terry O’Neill')]);
  });

  it('takes the name set off by commas after a description ("Obama’s press secretary, Ben LaBolt, said")', () => {
    const text = '"We will keep the savings," Obama\'s campaign press secretary, Ben LaBolt, said in an email.';
    expect(detectQuotes(text)).toEqual([quote(text, '"We will keep the savings,"', 'Ben LaBolt')]);
  });

  it('reads the KCNA quoted a speaker as saying', () => {
    const text = '"Children should be taught to appreciate the organization," the KCNA quoted a speaker as saying at the meeting.';
    expect(detectQuotes(text)).toEqual([quote(text, '"Children should be taught to appreciate the organization,"', 'the KCNA')]);
  });

  it('reads a short sentence of its own after a question: "…?" Obama said.', () => {
    const text = '"What have you guys been debating, John?" Obama said. The resolution passed.';
    expect(detectQuotes(text)).toEqual([quote(text, '"What have you guys been debating, John?"', 'Obama')]);
  });
});

describe('English attribution before the quotation', () => {
  it('reads Mr. Steele said, “…” and a participle clause (saying, “…”)', () => {
    const text = 'Mr. Steele, seeking to clarify his remarks, issued a statement on Friday afternoon, saying, “There is no question that America must win the war on terror.”';
    expect(detectQuotes(text)).toEqual([quote(text, '“There is no question that America must win the war on terror.”', 'Mr. Steele')]);
  });

  it('reads an embedded quotation after the verb of saying; a show’s name is nobody’s words', () => {
    const text = 'Speaking on ABC’s “This Week,” Sen. John McCain, R-Ariz., said Steele’s comments were “wildly inaccurate.”';
    // “This Week,” has no speaker, and as two words without one it counts as a scare quote.
    expect(detectQuotes(text)).toEqual([quote(text, '“wildly inaccurate.”', 'Sen. John McCain')]);
    const longer = 'Mr. Santorum spoke on CBS’s “Face the Nation,” where he defended his claims.';
    expect(detectQuotes(longer)).toEqual([quote(longer, '“Face the Nation,”', null)]);
  });

  it('reads a colon that introduces a block quotation', () => {
    const text = 'Trump responded to the allegations in a statement on Friday afternoon:\n\n“I have no idea whether or not the cover story is true. I had absolutely nothing to do with it.”';
    expect(detectQuotes(text)).toEqual([quote(text, '“I have no idea whether or not the cover story is true. I had absolutely nothing to do with it.”', 'Trump')]);
  });
});

describe('according to X', () => {
  it('reads according to after and before the quotation', () => {
    const text = 'The meeting was “productive and frank,” according to the KCNA. According to the report, “the talks will resume in May.”';
    expect(detectQuotes(text)).toEqual([quote(text, '“productive and frank,”', 'the KCNA'), quote(text, '“the talks will resume in May.”', 'the report')]);
  });

  it('reads according to at the end of the sentence', () => {
    const text = 'Ways to enhance educational methods, as well as the “defects and shortcomings” in the projects, were discussed, according to the KCNA.';
    expect(detectQuotes(text)).toEqual([quote(text, '“defects and shortcomings”', 'the KCNA')]);
  });
});

describe('who "he" and "the governor" are', () => {
  it('resolves a pronoun to the subject of the sentence before', () => {
    const text = 'Speaking on “Fox News Sunday,” Sen. Jim DeMint, R-S.C., would not go that far.\n\n“Chairman Steele needs to apologize,” he said.';
    expect(detectQuotes(text).at(-1)).toEqual(quote(text, '“Chairman Steele needs to apologize,”', 'Sen. Jim DeMint'));
  });

  it('resolves "He added" to the last speaker', () => {
    const text = '“Your tenure has been marked by gaffes,” Mr. Kristol wrote Friday. He added, “Needless to say, the war was not ‘a war of Obama’s choosing.’”';
    expect(detectQuotes(text)).toEqual([
      quote(text, '“Your tenure has been marked by gaffes,”', 'Mr. Kristol'),
      quote(text, '“Needless to say, the war was not ‘a war of Obama’s choosing.’”', 'Mr. Kristol'),
    ]);
  });

  it('resolves a pronoun to whoever the last sentence reports as speaking', () => {
    const text = 'Schools have changed since the ’90s, Mr. Kim said. “We don’t know what comes next,” he said.';
    expect(detectQuotes(text)).toEqual([quote(text, '“We don’t know what comes next,”', 'Mr. Kim')]);
  });

  it('leaves the speaker empty when a pronoun has nobody to refer to', () => {
    const text = '“We don’t know what comes next,” he said.';
    expect(detectQuotes(text)).toEqual([quote(text, '“We don’t know what comes next,”', null)]);
  });

  it('prefers the full name written earlier for a bare surname', () => {
    const text = 'Michael Steele, chairman of the Republican National Committee, spoke on Thursday.\n\n“We must win this war,” Steele said.';
    expect(detectQuotes(text)).toEqual([quote(text, '“We must win this war,”', 'Michael Steele')]);
  });

  it('resolves a role ("the governor") to the name written with that title', () => {
    const text = 'Gov. Mike Pence signed the law on Thursday.\n\n“I support religious liberty,” the governor said.';
    expect(detectQuotes(text)).toEqual([quote(text, '“I support religious liberty,”', 'Gov. Mike Pence')]);
  });

  it('gives "the statement continued" to whoever issued the statement', () => {
    const text = '“We have to get tough,” Mr. Trump said in a statement. “We will win again,” the statement continued.';
    expect(detectQuotes(text)).toEqual([quote(text, '“We have to get tough,”', 'Mr. Trump'), quote(text, '“We will win again,”', 'Mr. Trump')]);
  });

  it('gives "The ad says" to whoever ran the ad', () => {
    const text = 'The Romney campaign retorted with an ad of its own on Tuesday. The ad says: “You paid into Medicare for years, every paycheck.”';
    expect(detectQuotes(text)).toEqual([quote(text, '“You paid into Medicare for years, every paycheck.”', 'The Romney campaign')]);
  });

  it('gives a quotation that stands alone to the last speaker quoted', () => {
    const text = '“It was the president who was trying to be cute,” Mr. Steele said. “Well, if he’s such a student of history, has he not understood?”';
    expect(detectQuotes(text)).toEqual([
      quote(text, '“It was the president who was trying to be cute,”', 'Mr. Steele'),
      quote(text, '“Well, if he’s such a student of history, has he not understood?”', 'Mr. Steele'),
    ]);
  });

  it('gives a group its quotation ("House Democrats said")', () => {
    const text = '“This is a historic day,” House Democrats said in a statement.';
    expect(detectQuotes(text)).toEqual([quote(text, '“This is a historic day,”', 'House Democrats')]);
  });
});

describe('no attribution', () => {
  it('returns null for a quotation nobody is said to have said', () => {
    const text = 'The report referred to a children’s union, known as the “Red Necktie and Scarf” unit.';
    expect(detectQuotes(text)).toEqual([quote(text, '“Red Necktie and Scarf”', null)]);
  });
});
