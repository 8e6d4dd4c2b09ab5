package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.AdjustmentView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.Board;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.BoardItem;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.CatalogueView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.DecisionView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.ItemView;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the API's views (one read-only transaction per request). */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

  private final Catalogues catalogues;
  private final CatalogueAdjustments catalogueAdjustments;
  private final CatalogueItems catalogueItems;
  private final CatalogueItemRepository items;
  private final UnitRepository units;
  private final DecisionRegister register;
  private final DecisionProgress progress;

  public CatalogueQueries(
      Catalogues catalogues, CatalogueItems catalogueItems, CatalogueAdjustments catalogueAdjustments,
      CatalogueItemRepository items, UnitRepository units, DecisionRegister register,
      DecisionProgress progress) {
    this.catalogues = catalogues;
    this.catalogueAdjustments = catalogueAdjustments;
    this.catalogueItems = catalogueItems;
    this.items = items;
    this.units = units;
    this.register = register;
    this.progress = progress;
  }

  public CatalogueView catalogue(Catalogue c) {
    return CatalogueView.of(c, catalogues.unitName(c.getUnitCode()));
  }

  public CatalogueView catalogue(long id) {
    return catalogue(catalogues.get(id));
  }

  public List<CatalogueView> catalogues(String unit, Integer year) {
    return catalogues.list(unit, year).stream().map(this::catalogue).toList();
  }

  public List<ItemView> items(long catalogueId) {
    return catalogueItems.items(catalogueId).stream().map(ItemView::of).toList();
  }

  public ItemView item(long itemId) {
    return ItemView.of(catalogueItems.item(itemId));
  }

  public AdjustmentView adjustment(CatalogueAdjustment a) {
    String itemNo = a.getItemId() == null ? null : catalogueItems.item(a.getItemId()).getItemNo();
    return AdjustmentView.of(a, itemNo, catalogueAdjustments.describe(a));
  }

  public List<AdjustmentView> adjustments(long catalogueId) {
    return catalogueAdjustments.adjustments(catalogueId).stream().map(this::adjustment).toList();
  }

  public DecisionView decision(Decision d) {
    String itemNo =
        d.getCatalogueItemId() == null ? null : items.findById(d.getCatalogueItemId()).map(CatalogueItem::getItemNo).orElse(null);
    return DecisionView.of(d, itemNo, progress.of(d));
  }

  public DecisionView decision(String decisionNo) {
    return decision(register.find(decisionNo).orElseThrow(() -> Refusal.notFound("决策不存在：" + Quote.of(decisionNo))));
  }

  /** The unit's decisions that {@code visible} lets through (the caller's access rule). */
  public List<DecisionView> decisions(String unit, Integer year, UnaryOperator<List<Decision>> visible) {
    catalogues.unit(unit);
    Catalogues.requireYearFilter(year);
    return visible.apply(register.list(unit, year)).stream().map(this::decision).toList();
  }

  /** The catalogue as a board: every item with its decision's stage, due date and dossier link. */
  public Board board(long catalogueId) {
    Catalogue catalogue = catalogues.get(catalogueId);
    List<BoardItem> board =
        items.findByCatalogueIdOrderBySeq(catalogueId).stream()
            .map(i -> new BoardItem(ItemView.of(i), register.findByCatalogueItem(i.getId()).map(this::decision).orElse(null)))
            .toList();
    List<DecisionView> outside =
        register.list(catalogue.getUnitCode(), catalogue.getYear()).stream()
            .filter(d -> d.getCatalogueItemId() == null && d.getEmergencyReason() != null)
            .map(this::decision)
            .toList();
    return new Board(catalogue(catalogue), board, outside, adjustments(catalogueId));
  }

  public List<CatalogueViews.UnitView> units() {
    return units.findAllByOrderBySortOrder().stream()
        .map(u -> new CatalogueViews.UnitView(u.getCode(), u.getName(), u.getKind().name()))
        .toList();
  }
}
