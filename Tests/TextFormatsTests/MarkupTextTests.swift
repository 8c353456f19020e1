import Testing

@testable import TextFormats

/// The escapers for XML, HTML, Markdown and LaTeX: each makes text show as written in its language.
@Suite("Markup escaping")
struct MarkupTextTests {
    @Test("XML: the five special characters as references; what XML 1.0 cannot hold as U+FFFD")
    func xml() {
        #expect(XMLText.escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;")
        #expect(
            XMLText.escape("bell\u{7} esc\u{1B} nul\u{0} c1\u{9B} tab\t lf\n")
                == "bell\u{FFFD} esc\u{FFFD} nul\u{FFFD} c1\u{FFFD} tab\t lf\n")
        #expect(XMLText.escape("\u{FFFE}\u{FFFF}Ω東") == "\u{FFFD}\u{FFFD}Ω東")
    }

    @Test("XML: CDATA splits ]]> and replaces what XML cannot hold; comments lose -- and line breaks")
    func cdataAndComments() {
        #expect(XMLText.cdata("a]]>b\u{1B}") == "<![CDATA[a]]]]><![CDATA[>b\u{FFFD}]]>")
        #expect(XMLText.comment("a--b\nc-") == "a- -b c- ")
        #expect(XMLText.comment("---") == "- - - ")
    }

    @Test("HTML: special characters as references, controls other than tab and line breaks as U+FFFD")
    func html() {
        #expect(HTMLText.escape("<b>&amp;</b> \"q\" 'a'") == "&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; &#39;a&#39;")
        #expect(HTMLText.escape("\u{1B}]0;title\u{7}\t\n") == "\u{FFFD}]0;title\u{FFFD}\t\n")
    }

    @Test("Markdown: active characters and & escaped, so entities show as written; line breaks become spaces")
    func markdown() {
        #expect(MarkdownText.escape("&amp; & &#169;") == "\\&amp; \\& \\&\\#169;")
        #expect(
            MarkdownText.escape("*a* _b_ `c` [d](e) <f> | # ~ $ \\") == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\# \\~ \\$ \\\\")
        #expect(MarkdownText.escape("two\r\nlines\nhere\u{1B}") == "two lines here\u{FFFD}")
    }

    @Test("LaTeX: special characters made literal; line breaks become spaces")
    func latex() {
        #expect(
            LaTeXText.escape("50% of $10 & #1_a^b~{c}\\")
                == "50\\% of \\$10 \\& \\#1\\_a\\textasciicircum{}b\\textasciitilde{}\\{c\\}\\textbackslash{}")
        #expect(LaTeXText.escape("a\r\nb\u{7}") == "a b\u{FFFD}")
    }
}
