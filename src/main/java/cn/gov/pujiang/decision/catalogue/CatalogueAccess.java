package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.security.UnitAccess;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read or change which unit's catalogues, items, adjustments and decisions through
 * {@link CatalogueController}, by the rules of {@link UnitAccess} (docs/security.md): the unit's
 * own groups read and act, auditors and administrators read everything, the judicial bureau reads
 * a decision once it was submitted for legality review (catalogues themselves stay the unit's).
 * Reading another unit's catalogue, item or decision by id is 404 (it is not shown to exist);
 * acting on it is 403, as the engine answers for another town's task.
 *
 * <p>Checks live here and in the controller's first line only; the services below stay free of
 * them because process delegates and listeners call them as the engine, not as a person.
 */
@Component
@Transactional(readOnly = true)
public class CatalogueAccess {

  private final UnitAccess units;
  private final Catalogues catalogues;
  private final CatalogueItems catalogueItems;
  private final DecisionRegister register;

  public CatalogueAccess(
      UnitAccess units, Catalogues catalogues, CatalogueItems catalogueItems, DecisionRegister register) {
    this.units = units;
    this.catalogues = catalogues;
    this.catalogueItems = catalogueItems;
    this.register = register;
  }

  /** Whether the user may see this unit's catalogues in a list. */
  public boolean mayReadCataloguesOf(String unitCode) {
    return units.canRead(unitCode, false);
  }

  public void readCatalogue(long catalogueId) {
    units.requireRead(unitOfCatalogue(catalogueId), false);
  }

  public void actOnCatalogue(long catalogueId) {
    units.requireAct(unitOfCatalogue(catalogueId));
  }

  public void readItem(long itemId) {
    units.requireRead(unitOfItem(itemId), false);
  }

  public void actOnItem(long itemId) {
    units.requireAct(unitOfItem(itemId));
  }

  /** Opening a catalogue or starting a decision for a unit (unknown unit: 400 naming the field). */
  public void actForUnit(String field, String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      throw Refusal.invalid(field, "请选择决策机关");
    }
    catalogues.unit(unitCode);
    units.requireAct(unitCode);
  }

  public void readDecision(String decisionNo) {
    Decision decision = register.find(decisionNo)
        .orElseThrow(() -> Refusal.notFound("决策不存在：" + Quote.of(decisionNo)));
    units.requireReadDecision(decision.getUnitCode(), decision.getProcessInstanceId());
  }

  /** Of a unit's decisions, those the user may read (the judicial bureau: those submitted for review). */
  public List<Decision> readable(List<Decision> decisions) {
    return decisions.stream()
        .filter(d -> units.canReadDecision(d.getUnitCode(), d.getProcessInstanceId()))
        .toList();
  }

  private String unitOfCatalogue(long catalogueId) {
    return catalogues.get(catalogueId).getUnitCode();
  }

  private String unitOfItem(long itemId) {
    return unitOfCatalogue(catalogueItems.item(itemId).getCatalogueId());
  }
}
