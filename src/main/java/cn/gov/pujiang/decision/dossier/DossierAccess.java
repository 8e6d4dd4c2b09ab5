package cn.gov.pujiang.decision.dossier;

import cn.gov.pujiang.decision.notification.Inbox;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.security.UnitAccess;
import cn.gov.pujiang.decision.refusal.Refusal;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Who may read or add to which decision's dossier through {@link DossierController}, by the rules
 * of {@link UnitAccess} (docs/security.md):
 * <ul>
 *   <li>read: the decision's unit, auditors, administrators, and the judicial bureau once the
 *       decision was submitted for legality review; anyone else gets 404 for the decision and its
 *       documents, so another town's decision or document is not shown to exist;</li>
 *   <li>read-only: a recipient of a copy (抄送) of one of the decision's tasks, e.g. the county
 *       office for a town's decision (the OA task actions, ADR 0022); the copy's inbox row is the grant, for that
 *       decision only, and it never lets the recipient upload;</li>
 *   <li>upload: the unit's own groups and administrators, and whoever holds an open task of the
 *       decision (e.g. the county reviewer who must attach the legality opinion); anyone else
 *       gets 403, as the engine answers acting on another town's task.</li>
 * </ul>
 */
@Component
public class DossierAccess {

  private final UnitAccess units;
  private final DecisionRegister register;
  private final TaskService taskService;

  private final Inbox inbox;

  public DossierAccess(UnitAccess units, DecisionRegister register, TaskService taskService, Inbox inbox) {
    this.inbox = inbox;
    this.units = units;
    this.register = register;
    this.taskService = taskService;
  }

  /**
   * The logged-in user's id.
   *
   * @throws Refusal when nobody is logged in
   */
  public String user() {
    String user = units.currentUserId();
    if (user == null) {
      throw Refusal.unauthenticated("请先登录后再查看或上传决策档案材料");
    }
    return user;
  }

  /** The decision, if the user may read its dossier; 404 otherwise. */
  public Decision read(String decisionNo) {
    String user = user();
    Decision decision = register.find(decisionNo)
        .orElseThrow(() -> Refusal.notFound("决策事项不存在：" + Quote.of(decisionNo)));
    if (!inbox.copiedTo(user, decisionNo)) {
      units.requireReadDecision(decision.getUnitCode(), decision.getProcessInstanceId());
    }
    return decision;
  }

  /**
   * Does the user read this (readable) decision's dossier only through a copy sent to them, i.e.
   * not as a member of the unit, auditor, administrator or reviewer?
   */
  public boolean readsOnlyThroughCopy(Decision decision) {
    return !units.canReadDecision(decision.getUnitCode(), decision.getProcessInstanceId());
  }

  /** May the user add documents to this decision's dossier (the rule {@link #upload} enforces)? */
  public boolean mayUpload(Decision decision) {
    String user = units.currentUserId();
    return user != null && (units.canAct(decision.getUnitCode()) || holdsOpenTask(decision.getDecisionNo(), user));
  }

  /** The uploader's id, if the user may add documents to the dossier; 403 otherwise. */
  public String upload(String decisionNo) {
    String user = user();
    Decision decision = register.find(decisionNo).orElse(null);
    if (decision == null) {
      return user; // the dossier refuses it with 400 naming the decision number, as before
    }
    if (mayUpload(decision)) {
      return user;
    }
    throw Refusal.forbidden("只能向本单位的决策或本人待办任务所属的决策上传材料");
  }

  private boolean holdsOpenTask(String decisionNo, String user) {
    return taskService.createTaskQuery().processInstanceBusinessKey(decisionNo).active()
            .taskCandidateUser(user).includeAssignedTasks().count() > 0
        || taskService.createTaskQuery().processInstanceBusinessKey(decisionNo).active().taskAssignee(user).count() > 0;
  }
}
