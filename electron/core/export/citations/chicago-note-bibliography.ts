/**
 * Chicago notes and bibliography (17th edition), for what Dossier cites: newspaper and
 * web articles. Written for Dossier as a small CSL 1.0 style — not a copy of the
 * official `chicago-note-bibliography.csl`, which covers every kind of work; this one
 * covers an article-newspaper item and degrades gracefully without author or date:
 *
 *   note:         Jae-won Kim and John Smith, “Headline,” *Yonhap*, March 31, 2025, https://….
 *   bibliography: Kim, Jae-won, and John Smith. “Headline.” *Yonhap*, March 31, 2025. https://….
 *   unsigned:     “Headline,” *Yonhap*, March 31, 2025, https://….   (note)
 *                 *Yonhap*. “Headline.” March 31, 2025. https://….   (bibliography: CMOS 14.207)
 *   undated:      …, accessed April 1, 2025, https://….              (CMOS 14.233: access date only without a date)
 *
 * Registered with citation-js as the template `dossier-chicago-note-bibliography`.
 */
export const CHICAGO_TEMPLATE = 'dossier-chicago-note-bibliography';

export const CHICAGO_NOTE_BIBLIOGRAPHY_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago notes and bibliography, news articles (Dossier)</title>
    <id>https://dossier.invalid/styles/${CHICAGO_TEMPLATE}</id>
    <category citation-format="note"/>
    <updated>2026-11-10T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="accessed">accessed</term>
    </terms>
  </locale>
  <macro name="title">
    <text variable="title" quotes="true"/>
  </macro>
  <macro name="outlet">
    <text variable="container-title" font-style="italic"/>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <date variable="issued" form="text" date-parts="year-month-day"/>
      </if>
      <else-if variable="accessed">
        <group delimiter=" ">
          <text term="accessed"/>
          <date variable="accessed" form="text" date-parts="year-month-day"/>
        </group>
      </else-if>
    </choose>
  </macro>
  <macro name="date-sentence">
    <choose>
      <if variable="issued">
        <date variable="issued" form="text" date-parts="year-month-day"/>
      </if>
      <else-if variable="accessed">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text" date-parts="year-month-day"/>
        </group>
      </else-if>
    </choose>
  </macro>
  <macro name="sort-key">
    <choose>
      <if variable="author">
        <names variable="author">
          <name name-as-sort-order="all"/>
        </names>
      </if>
      <else>
        <text variable="container-title"/>
        <text variable="title"/>
      </else>
    </choose>
  </macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <group delimiter=", ">
        <names variable="author">
          <name and="text" delimiter=", " delimiter-precedes-last="contextual"/>
        </names>
        <text macro="title"/>
        <text macro="outlet"/>
        <text macro="date"/>
        <text variable="URL"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <sort>
      <key macro="sort-key"/>
      <key variable="issued"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <choose>
          <if variable="author">
            <names variable="author">
              <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
            </names>
            <text macro="title"/>
            <choose>
              <if variable="container-title">
                <group delimiter=", ">
                  <text macro="outlet"/>
                  <text macro="date"/>
                </group>
              </if>
              <else>
                <text macro="date-sentence"/>
              </else>
            </choose>
          </if>
          <else-if variable="container-title">
            <text macro="outlet"/>
            <text macro="title"/>
            <text macro="date-sentence"/>
          </else-if>
          <else>
            <text macro="title"/>
            <text macro="date-sentence"/>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
