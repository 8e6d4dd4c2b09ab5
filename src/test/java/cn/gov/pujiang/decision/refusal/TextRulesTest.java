package cn.gov.pujiang.decision.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void oneLineTextTakesNoControlBidiOrBrokenCharacters() {
    for (String bad : new String[] {"a\u0000b", "a\u001Bb", "a\nb", "a\rb", "a\tb", "a\u202Eb", "a\u2066b",
        "a\uD800b", "a\uDC00b", "a\u0085b"}) {
      assertThatThrownBy(() -> TextRules.requireOneLine("title", "名称", bad))
          .isInstanceOf(Refusal.class).hasMessageStartingWith("名称")
          .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("title"));
    }
    TextRules.requireOneLine("title", "名称", "农贸市场改造提升方案（2026）😀");
  }

  @Test
  void multiLineTextTakesLineBreaksAndTabsOnly() {
    TextRules.requireMultiLine("note", "说明", "第一行\r\n第二行\t缩进");
    assertThatThrownBy(() -> TextRules.requireMultiLine("note", "说明", "第一行\u0007"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> TextRules.requireMultiLine("note", "说明", "\u202Etxet"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void aQuoteIsAShortPrintablePrefix() {
    assertThat(Quote.of("x".repeat(100_000))).hasSize(Quote.MAX + 1).endsWith("…");
    assertThat(Quote.of("a\u0000b\u202Ec")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(Quote.of(null)).isEmpty();
  }
}
