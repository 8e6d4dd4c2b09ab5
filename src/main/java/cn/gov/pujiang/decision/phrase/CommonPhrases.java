package cn.gov.pujiang.decision.phrase;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.security.UnitAccess;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用语 (ADR 0022): each person keeps their own short list; the office of a unit ({unit}-office)
 * keeps the unit's shared list, which every member of the unit reads. Phrases are data, never code.
 */
@Service
public class CommonPhrases {

  static final int MAX_TEXT = 200;
  static final int MAX_PER_LIST = 30;

  private final CommonPhraseRepository phrases;
  private final UnitAccess access;
  private final EngineClock clock;

  public CommonPhrases(CommonPhraseRepository phrases, UnitAccess access, EngineClock clock) {
    this.phrases = phrases;
    this.access = access;
    this.clock = clock;
  }

  /** A phrase as the picker shows it: {@code unitCode} null for the user's own. */
  public record Phrase(Long id, String text, String unitCode, boolean mine) {
    static Phrase of(CommonPhrase p) {
      return new Phrase(p.getId(), p.getText(), p.getUnitCode(), p.getOwnerUser() != null);
    }
  }

  /** The user's own phrases, then those of their units. */
  @Transactional(readOnly = true)
  public List<Phrase> list() {
    String user = user();
    List<Phrase> own = phrases.findByOwnerUserOrderById(user).stream().map(Phrase::of).toList();
    List<Phrase> shared = access.ownUnits().isEmpty() ? List.of()
        : phrases.findByUnitCodeInOrderByUnitCodeAscIdAsc(access.ownUnits()).stream().map(Phrase::of).toList();
    return java.util.stream.Stream.concat(own.stream(), shared.stream()).toList();
  }

  /** Adds to the user's own list, or (unitCode given) to the unit's list: its office only. Adding a phrase the list has is a no-op. */
  @Transactional
  public Phrase add(String text, String unitCode) {
    String user = user();
    if (text == null || text.isBlank()) {
      throw Refusal.invalid("text", "请填写常用语");
    }
    String phrase = text.strip();
    if (phrase.length() > MAX_TEXT) {
      throw Refusal.invalid("text", "常用语不能超过 " + MAX_TEXT + " 字");
    }
    if (unitCode == null || unitCode.isBlank()) {
      var same = phrases.findFirstByOwnerUserAndText(user, phrase);
      if (same.isPresent()) {
        return Phrase.of(same.get()); // the list holds each phrase once
      }
      if (phrases.countByOwnerUser(user) >= MAX_PER_LIST) {
        throw Refusal.conflict("TOO_MANY_PHRASES", "个人常用语最多 " + MAX_PER_LIST + " 条，请先删除不用的");
      }
      return Phrase.of(phrases.save(new CommonPhrase(user, null, phrase, user, clock.now())));
    }
    requireOffice(unitCode);
    var same = phrases.findFirstByUnitCodeAndText(unitCode, phrase);
    if (same.isPresent()) {
      return Phrase.of(same.get());
    }
    if (phrases.countByUnitCode(unitCode) >= MAX_PER_LIST) {
      throw Refusal.conflict("TOO_MANY_PHRASES", "单位常用语最多 " + MAX_PER_LIST + " 条，请先删除不用的");
    }
    return Phrase.of(phrases.save(new CommonPhrase(null, unitCode, phrase, user, clock.now())));
  }

  /** Deletes the user's own phrase, or a unit's phrase by that unit's office; anything else is "not found". */
  @Transactional
  public void delete(Long id) {
    String user = user();
    CommonPhrase phrase = phrases.findById(id)
        .filter(p -> user.equals(p.getOwnerUser()) || (p.getUnitCode() != null && access.ownUnits().contains(p.getUnitCode())))
        .orElseThrow(() -> Refusal.notFound("常用语不存在"));
    if (phrase.getUnitCode() != null) {
      requireOffice(phrase.getUnitCode());
    }
    phrases.delete(phrase);
  }

  private void requireOffice(String unitCode) {
    if (!access.isAdmin() && !access.hasRole(unitCode, Groups.OFFICE)) {
      throw Refusal.forbidden("单位常用语由本单位办公室维护");
    }
  }

  private String user() {
    String user = access.currentUserId();
    if (user == null) {
      throw Refusal.unauthenticated("请先登录");
    }
    return user;
  }
}
