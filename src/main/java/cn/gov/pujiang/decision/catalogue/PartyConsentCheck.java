package cn.gov.pujiang.decision.catalogue;

import static cn.gov.pujiang.decision.engine.Variables.blank;
import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.number;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Values;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_RecordPartyConsent (decision-catalogue) and
 * Task_RecordAdjustmentConsent (catalogue-adjustment): 同级党委同意 (Decree 713 Art. 3 para. 3). Reads
 * partyConsent (CONSENTED | REFUSED), partyConsentDocument and partyConsentDate. A consent needs the
 * reply's document number and date; a refusal needs its reason (in partyConsentDocument). For a
 * catalogue the result is stored on it; an adjustment's is stored when it is applied or rejected.
 */
@Component("partyConsentCheck")
public class PartyConsentCheck extends CompletionCheck {

  private final Catalogues catalogues;

  public PartyConsentCheck(Catalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String consent = text(execution, Vars.PARTY_CONSENT);
    if (!Values.CONSENTED.equals(consent) && !Values.REFUSED.equals(consent)) {
      throw new ProcedureViolation("请选择同级党委是否同意");
    }
    if (blank(execution, Vars.PARTY_CONSENT_DOCUMENT)) {
      throw new ProcedureViolation(
          Values.CONSENTED.equals(consent) ? "请填写同级党委同意的文件或会议纪要文号" : "请填写同级党委不同意的意见");
    }
    LocalDate date = date(execution, Vars.PARTY_CONSENT_DATE, "党委答复日期");
    if (date == null) {
      throw new ProcedureViolation("请填写同级党委答复日期");
    }
    if (execution.getVariable(Vars.ADJUSTMENT_ID) == null) {
      catalogues.recordPartyConsent(
          number(execution, Vars.CATALOGUE_ID),
          Values.CONSENTED.equals(consent),
          text(execution, Vars.PARTY_CONSENT_DOCUMENT) + "（" + date + "）");
    }
  }
}
