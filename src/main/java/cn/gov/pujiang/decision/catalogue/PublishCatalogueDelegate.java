package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.number;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublishCatalogue (公布目录) in decision-catalogue. Reads catalogueId; marks the catalogue
 * published, from which moment its items can start decision procedures. Runs asyncBefore so that
 * the approval already recorded is never rolled back by a failure here.
 */
@Component("publishCatalogueDelegate")
public class PublishCatalogueDelegate implements JavaDelegate {

  private final Catalogues catalogues;

  public PublishCatalogueDelegate(Catalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    catalogues.publish(number(execution, Vars.CATALOGUE_ID));
  }
}
