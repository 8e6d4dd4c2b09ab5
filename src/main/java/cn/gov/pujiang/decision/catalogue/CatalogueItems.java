package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.lifecycle.Procedure;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of a catalogue: added and changed while it is compiled, started by a decision later.
 * Items of a published catalogue change only through an approved adjustment ({@link
 * CatalogueAdjustments}). Refusals a user can act on are {@link Refusal}s with a Chinese message naming
 * the field.
 */
@Service
public class CatalogueItems {

  static final int MAX_TITLE = 200;
  static final int MAX_ORGANISING_UNIT = 100;
  static final int MAX_TEXT = 2000;
  /** A planned completion lies within the catalogue year and the following ten (a sane range, not a rule of law). */
  static final int MAX_PLANNED_YEARS = 10;

  private final Catalogues catalogues;
  private final CatalogueItemRepository repository;
  private final EngineClock clock;
  private final Actors actors;

  public CatalogueItems(Catalogues catalogues, CatalogueItemRepository repository, EngineClock clock, Actors actors) {
    this.catalogues = catalogues;
    this.repository = repository;
    this.clock = clock;
    this.actors = actors;
  }

  @Transactional(readOnly = true)
  public List<CatalogueItem> items(long catalogueId) {
    catalogues.get(catalogueId);
    return repository.findByCatalogueIdOrderBySeq(catalogueId);
  }

  @Transactional(readOnly = true)
  public CatalogueItem item(long itemId) {
    return repository.findById(itemId).orElseThrow(() -> Refusal.notFound("目录事项不存在：" + itemId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CatalogueItem> findItem(String itemNo) {
    return itemNo == null ? java.util.Optional.empty() : repository.findByItemNo(itemNo.trim());
  }

  /** Adds an item while the catalogue is being compiled; later additions go through an adjustment. */
  @Transactional
  public CatalogueItem addItem(long catalogueId, ItemInput input) {
    Catalogue catalogue = catalogues.get(catalogueId);
    requireCompiling(catalogue);
    ItemContent content = validate(input, catalogue);
    if (repository.existsByCatalogueIdAndTitle(catalogueId, content.title())) {
      throw duplicateTitle(content.title());
    }
    return repository.saveAndFlush(
        new CatalogueItem(
            catalogue, repository.maxSeq(catalogueId) + 1, content, ItemOrigin.COMPILED, actors.current(), clock.now()));
  }

  /**
   * Changes an item while its catalogue is being compiled. {@code expectedVersion} is the version
   * the editor read: if someone saved in between, the edit is refused with 409 and nothing of
   * either edit is lost (the first is stored, the second is returned to its author).
   */
  @Transactional
  public CatalogueItem updateItem(long itemId, Long expectedVersion, ItemInput input) {
    CatalogueItem item = item(itemId);
    Catalogue catalogue = catalogues.get(item.getCatalogueId());
    if (expectedVersion == null) {
      throw Refusal.invalid("version", "请提供读取事项时得到的版本号（version 或 If-Match），以免覆盖他人的修改");
    }
    if (expectedVersion != item.getVersion()) {
      throw Refusal.conflict("CONCURRENT_CHANGE", "该事项已被他人修改，请刷新后重新操作，您的修改未保存");
    }
    requireCompiling(catalogue);
    ItemContent content = validate(input, catalogue);
    if (repository.existsByCatalogueIdAndTitleAndIdNot(catalogue.getId(), content.title(), itemId)) {
      throw duplicateTitle(content.title());
    }
    item.apply(content, clock.now());
    repository.flush();
    return item;
  }

  /** Marks the item as started by a decision; called in the transaction that registers it. */
  @Transactional
  public void markStarted(CatalogueItem item) {
    repository.findById(item.getId()).orElseThrow().markStarted(clock.now());
  }

  private static void requireCompiling(Catalogue catalogue) {
    if (catalogue.getStatus() != CatalogueStatus.COMPILING) {
      throw Refusal.conflict(
          "NOT_COMPILING",
          "目录当前状态为“" + catalogue.getStatus().label() + "”，事项不能直接修改；已公布目录的新增、撤销、延期须提出调整申请并经批准");
    }
  }

  static ItemContent validate(ItemInput input, Catalogue catalogue) {
    if (input == null) {
      throw Refusal.invalid("title", "请填写事项内容");
    }
    String title = requiredText(input.title(), "title", "事项名称", MAX_TITLE);
    String organisingUnit = requiredText(input.organisingUnit(), "organisingUnit", "承办单位", MAX_ORGANISING_UNIT);
    String legalBasis = requiredText(input.legalBasis(), "legalBasis", "法律政策依据和列入目录的理由", MAX_TEXT);
    Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
    if (input.plannedProcedures() != null) {
      if (input.plannedProcedures().size() > Procedure.values().length) {
        throw Refusal.invalid("plannedProcedures", "履行程序要求最多" + Procedure.values().length + "项，且不得重复");
      }
      for (String code : input.plannedProcedures()) {
        try {
          if (!procedures.add(Procedure.valueOf(code == null ? "" : code))) {
            throw Refusal.invalid("plannedProcedures", "履行程序要求中有重复的程序：" + code);
          }
        } catch (IllegalArgumentException e) {
          throw Refusal.invalid(
              "plannedProcedures",
              "履行程序要求中有无法识别的程序：" + Quote.of(code) + "；可选："
                  + EnumSet.allOf(Procedure.class).stream().map(p -> p.name() + "（" + p.label() + "）")
                      .collect(Collectors.joining("、")));
        }
      }
    }
    LocalDate completion = input.plannedCompletion();
    if (completion == null) {
      throw Refusal.invalid("plannedCompletion", "请填写计划完成时间");
    }
    if (completion.getYear() < catalogue.getYear()) {
      throw Refusal.invalid("plannedCompletion", "计划完成时间不得早于" + catalogue.getYear() + "年");
    }
    if (completion.getYear() > catalogue.getYear() + MAX_PLANNED_YEARS) {
      throw Refusal.invalid("plannedCompletion",
          "计划完成时间不得晚于" + (catalogue.getYear() + MAX_PLANNED_YEARS) + "年底（目录年度后" + MAX_PLANNED_YEARS + "年内）");
    }
    return new ItemContent(title, organisingUnit, legalBasis, procedures, completion);
  }

  static String requiredText(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + label);
    }
    String trimmed = value.trim();
    if (max >= MAX_TEXT) {
      TextRules.requireMultiLine(field, label, trimmed);
    } else {
      TextRules.requireOneLine(field, label, trimmed);
    }
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, label + "不得超过" + max + "个字（现为" + trimmed.length() + "个字）");
    }
    return trimmed;
  }

  static Refusal duplicateTitle(String title) {
    return Refusal.invalid("title", "本目录中已有同名事项“" + Quote.of(title) + "”，同一目录中事项名称不得重复");
  }
}
