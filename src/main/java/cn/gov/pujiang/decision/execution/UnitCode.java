package cn.gov.pujiang.decision.execution;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The code by which two units named in free text are compared (Decree 713 Art. 36 para. 2: the
 * evaluator may not be a unit that argued or assessed before the decision). Expert institutions, risk
 * assessors and undertaking units are not decision organs and have no row in md_unit, so their code is
 * their name in one canonical form: NFKC (full-width letters and digits become half-width), lower
 * case, without spaces or punctuation. "浙江大学 公共政策研究院", "浙江大学公共政策研究院。" and
 * "ZHEJIANG RISK CONSULTING CO." share one code with their plain spelling.
 */
final class UnitCode {

  private UnitCode() {}

  static String of(String name) {
    if (name == null) {
      return "";
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\p{P}\\p{S}]", "");
  }

  static boolean same(String a, String b) {
    String codeA = of(a);
    return !codeA.isEmpty() && codeA.equals(of(b));
  }
}
