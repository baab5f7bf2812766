/**
 * The sample dossier: four short articles written for Dossier, about one invented
 * event, reported by four invented outlets. They differ on purpose — a state-media
 * original, a wire story with the full quote, a newspaper rewrite that trims the
 * quote, and a broadcaster that adds a paragraph the others lack — so that a
 * newcomer (and every test and screenshot) has something worth comparing.
 */
export interface SampleArticle {
  url: string;
  html: string;
}

const NOTICE =
  '<p><em>Sample article written for Dossier. The event, the people and the outlets are fictional.</em></p>';

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    url: 'https://vcn.example/en/2025/06/14/youth-ministry-lantern-corps',
    html: `<article>
<h1>Youth Ministry convenes national conference on the Lantern Corps</h1>
<p>Veskarian Central News · 14 June 2025</p>
<p>ESTRAVA, June 14 (VCN) — A national conference of youth organisers opened in Estrava on Friday to launch the Lantern Corps, a summer service programme for citizens aged 16 to 19.</p>
<p>Minister of Youth Ilse Drovan, addressing the conference, said that the programme was "not a duty imposed from above but a lantern passed from one generation to the next".</p>
<p>The delegates pledged to enrol forty thousand volunteers in the first year and to build brigades in every province.</p>
<h2>Brigades in every province</h2>
<ul><li>Reforestation along the Sarn valley</li><li>Literacy tutoring in rural schools</li><li>Restoration of flood defences in the delta</li></ul>
${NOTICE}
</article>`,
  },
  {
    url: 'https://meridianwire.example/world/veskaria-youth-service-20250614',
    html: `<article>
<h1>Veskaria launches summer service programme for teenagers</h1>
<p>By Anna Keller, Meridian Wire Service</p>
<p>ESTRAVA, June 14 (Meridian) — Veskaria will ask every citizen aged 16 to 19 to spend one summer in a national service programme called the Lantern Corps, the youth minister announced on Friday.</p>
<blockquote><p>“Every young citizen will spend one summer in service of the nation, not as a duty imposed from above but as a lantern passed from one generation to the next,” Minister of Youth Ilse Drovan told a conference in the capital. “We expect forty thousand volunteers in the first year, and we will be ready for them.”</p></blockquote>
<p>The ministry said brigades would work on reforestation, rural literacy and flood defences. It did not say whether taking part would be compulsory.</p>
<p>The programme follows a year of rising youth unemployment, which the government's statistics office put at 11.4 percent in May.</p>
${NOTICE}
</article>`,
  },
  {
    url: 'https://harborledger.example/news/2025/06/15/lantern-corps',
    html: `<article>
<h1>Teenagers to spend a summer in ‘Lantern Corps’</h1>
<p>By Marco Feld · The Harbor Ledger · 15 June 2025</p>
<p>Veskaria's youth ministry has unveiled a summer service programme for 16- to 19-year-olds, to start next year.</p>
<p>“Every young citizen will spend one summer in service of the nation,” Minister of Youth Ilse Drovan said on Friday, adding that the ministry expects forty thousand volunteers.</p>
<p>The brigades will plant trees, tutor pupils in rural schools and repair flood defences, according to the ministry.</p>
<p>Youth unemployment stood at 11.4 percent in May.</p>
${NOTICE}
</article>`,
  },
  {
    url: 'https://northgate.example/news/lantern-corps-parents-not-consulted',
    html: `<article>
<h1>Parents say they were not consulted on new youth service scheme</h1>
<p>Northgate Broadcasting · 15 June 2025</p>
<p>The government's new Lantern Corps will send teenagers to a summer of service in the provinces from next year, the youth minister said on Friday.</p>
<p>Minister Ilse Drovan called the programme “a lantern passed from one generation to the next” and said forty thousand young people were expected to take part in its first year.</p>
<p>The National Parents' Council said it had learned of the plan from the radio. “Families were not asked, and we still do not know whether it is voluntary,” said the council's chair, Tomas Orlen.</p>
<p>The ministry did not reply to a request for comment on whether participation would be compulsory.</p>
${NOTICE}
</article>`,
  },
];
