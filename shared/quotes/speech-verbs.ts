/**
 * Verbs (and verb-like phrases) that attribute a quotation, by language. English
 * lists every inflected form, since the text is matched word by word.
 */

function inflect(entries: string): string[] {
  // "say said says saying|tell told tells telling|…": each group lists its forms.
  return entries.split(/[|\s]+/u).filter(Boolean);
}

/** English speech verbs, all forms, lower case. */
export const ENGLISH_SPEECH_VERBS: ReadonlySet<string> = new Set(
  inflect(`
    say said says saying | tell told tells telling | add added adds adding | write wrote writes writing written
    tweet tweeted tweets tweeting | state stated states stating | declare declared declares declaring
    argue argued argues arguing | ask asked asks asking | explain explained explains explaining
    note noted notes noting | warn warned warns warning | insist insisted insists insisting
    claim claimed claims claiming | continue continued continues continuing | reply replied replies replying
    respond responded responds responding | call called calls calling | describe described describes describing
    urge urged urges urging | contend contended contends contending | acknowledge acknowledged acknowledges acknowledging
    admit admitted admits admitting | announce announced announces announcing | joke joked jokes joking
    quip quipped quips quipping | recall recalled recalls recalling | remark remarked remarks remarking
    suggest suggested suggests suggesting | testify testified testifies testifying | vow vowed vows vowing
    predict predicted predicts predicting | promise promised promises promising | complain complained complains complaining
    concede conceded concedes conceding | counter countered counters countering | observe observed observes observing
    post posted posts posting | charge charged charges charging | accuse accused accuses accusing
    blast blasted blasts blasting | slam slammed slams slamming | criticize criticized criticizes criticizing
    criticise criticised criticises criticising | praise praised praises praising | decry decried decries decrying
    dub dubbed dubs dubbing | term termed terms terming | label labeled labelled labels labeling labelling
    brand branded brands branding | proclaim proclaimed proclaims proclaiming | pledge pledged pledges pledging
    shout shouted shouts shouting | yell yelled yells yelling | exclaim exclaimed exclaims exclaiming
    assert asserted asserts asserting | maintain maintained maintains maintaining | stress stressed stresses stressing
    emphasize emphasized emphasizes emphasizing | emphasise emphasised emphasises emphasising | affirm affirmed affirms affirming
    allege alleged alleges alleging | boast boasted boasts boasting | lament lamented laments lamenting
    mention mentioned mentions mentioning | reiterate reiterated reiterates reiterating | retort retorted retorts retorting
    demand demanded demands demanding | plead pleaded pleads pleading | confirm confirmed confirms confirming
    deny denied denies denying | report reported reports reporting | quote quoted quotes quoting
    read reads | conclude concluded concludes concluding | told | wonder wondered wonders wondering
    muse mused muses musing | opine opined opines opining | thunder thundered | fume fumed fumes fuming
    scream screamed screams screaming | whisper whispered whispers whispering | mutter muttered mutters muttering
    demands | begged beg begs begging | agree agreed agrees agreeing | caution cautioned cautions cautioning
    echo echoed echoes echoing | repeat repeated repeats repeating | summarize summarized summarizes summarizing
    characterize characterized characterizes characterizing | portray portrayed portrays portraying
    brag bragged brags bragging | assure assured assures assuring | recount recounted recounts recounting
    chide chided chides chiding | scoff scoffed scoffs scoffing | snap snapped snaps snapping
    groan groaned groans groaning | sigh sighed sighs sighing | interject interjected interjects interjecting
    denounce denounced denounces denouncing | dismiss dismissed dismisses dismissing | condemn condemned condemns condemning
    deride derided derides deriding | hail hailed hails hailing | tout touted touts touting | mock mocked mocks mocking
    posit posited posits positing | speak spoke speaks speaking | implore implored implores imploring |
    ridicule ridiculed ridicules ridiculing | lambaste lambasted lambastes lambasting | castigate castigated castigates castigating
  `),
);

/** Participles that attribute to the subject of their clause ("…, saying, “…”"). */
export function isParticiple(word: string): boolean {
  return word.endsWith('ing') && ENGLISH_SPEECH_VERBS.has(word);
}

/** French, German, Spanish, Italian and Portuguese verbs (lower case), matched as single words. */
export const EUROPEAN_SPEECH_VERBS: ReadonlySet<string> = new Set(
  inflect(`
    déclaré déclare déclarait dit disait affirmé affirme affirmait ajouté ajoute expliqué explique
    indiqué indique souligné souligne estimé estime assuré assure précisé précise lancé lance martelé martèle
    averti avertit rappelé rappelle reconnu reconnaît répondu répond confié confie raconté raconte insisté insiste
    dénoncé dénonce écrit écrivait annoncé annonce jugé juge regretté regrette prévenu prévient
    sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt kritisierte kritisiert forderte fordert
    schrieb schreibt sprach spricht ergänzte ergänzt fügte räumte teilte bekräftigte bekräftigt
    dijo dice afirmó afirma declaró declara señaló señala explicó explica aseguró asegura añadió añade indicó indica
    detto dichiarato affermato spiegato aggiunto sottolineato
    disse afirmou declarou explicou acrescentou
  `),
);

/** "according to" in several languages: the speaker follows. */
export const ACCORDING_TO = /^(?:according to|selon|d['’]après|laut|según|secondo|segundo)$/iu;

/** Korean verbs ending a quoted clause (matched as the start of a word: 말했다, 밝혔습니다). */
export const KOREAN_SPEECH_VERB = /^(?:말|밝|전|강조|덧붙|지적|설명|주장|보도|발표|언급|물|답|비판|촉구|경고|했|하였|말씀|당부|반박|꼬집|토로|호소|예고|약속|다짐|부인|인정|평가|시사|제안|요구|선언|표명|비난|우려|역설|털어놓|되물|외쳤|외치|썼|적었|적|게시|올렸|회고|회상|전망|분석|진단|알렸|알려|통보|보고|공개|시인|질타|일축|해명|답변|응답|고백)/u;

/** Japanese quotative verbs after と (述べた, 語った, 話した, 強調した …). */
export const JAPANESE_SPEECH_VERB = /^(?:、?\s*)(?:述べ|語っ|語る|明かし|話し|話す|強調|説明|指摘|批判|明らかに|発表|報じ|訴え|主張|述懐|証言|言っ|言う|いう|答え|応じ|表明|宣言|発言|書い|記し|投稿|つぶやい|した|する|して|しており|している|警告|要求|求め|呼びかけ|反論|否定|認め|示し|紹介|伝え|記者団|会見)/u;

/** Chinese speech verbs (simplified and traditional), longest first. */
export const CHINESE_SPEECH_VERBS: readonly string[] = [
  '表示', '指出', '强调', '強調', '认为', '認為', '宣布', '写道', '寫道', '回应', '回應', '透露', '坦言', '直言', '说道', '說道',
  '问道', '問道', '声称', '聲稱', '称', '稱', '说', '說', '表态', '表態', '告诉', '告訴', '补充', '補充', '警告', '呼吁', '呼籲',
  '批评', '批評', '报道', '報道', '報導', '发文', '發文', '重申', '提到', '谈到', '談到', '解释', '解釋', '承认', '承認', '形容', '表明', '道',
];
