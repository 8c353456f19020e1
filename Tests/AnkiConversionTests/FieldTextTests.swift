import Testing

@testable import AnkiConversion

/// Anki field HTML as text.
@Suite struct FieldTextTests {
    @Test func tagsGoEntitiesDecodeBlocksBreakLines() {
        let text = FieldText(
            html: "Capital of <b>Australia</b>&nbsp;?<div>Canberra &amp; Sydney</div>&lt;tag&gt; &#x1F600; &eacute;t&eacute;")
        #expect(text.text == "Capital of Australia ?\nCanberra & Sydney\n<tag> 😀 été")
    }

    @Test func mediaIsTakenOutAndNamed() {
        let text = FieldText(html: "A cat <img src=\"cat.jpg\"> says [sound:meow.mp3]<br><img src='dog%20photo.png'/>")
        #expect(text.text == "A cat says")
        #expect(text.images == ["cat.jpg", "dog%20photo.png"])
        #expect(text.sounds == ["meow.mp3"])
    }

    @Test func scriptsStylesAndControlCharactersAreDropped() {
        let text = FieldText(html: "<style>.x{}</style>one\u{0007}two<script>alert(1)</script> three\u{00AD}")
        #expect(text.text == "onetwo three")
    }

    @Test func unknownEntitiesAndStrayMarksStayAsWritten() {
        #expect(FieldText(html: "AT&T &bogus; a < b [x]").text == "AT&T &bogus; a < b [x]")
    }
}
