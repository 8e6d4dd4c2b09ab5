package cn.gov.pujiang.decision.support;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The whole route a process instance took, from its history: every flow node it entered, in order, repeats
 * included. Tests compare it with {@code containsExactly}, so that a skipped or an extra step fails;
 * BPM Assert's {@code hasPassedInOrder} accepts a subsequence and would not notice either.
 *
 * <p>Steps entered at one moment in branches that run side by side (a parallel or inclusive fork) come out
 * ordered by each branch's own counter, not as they ran; compare such a section in any order and each
 * branch's steps as a subsequence. A test that moves the clock between two steps gets their real order.
 */
public final class Routes {

  private Routes() {}

  public static List<String> route(HistoryService history, ProcessInstance instance) {
    return route(history, instance.getId());
  }

  public static List<String> route(HistoryService history, String processInstanceId) {
    return history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        // The engine records a multi-instance body and the sequence flows it takes as extra rows.
        .filter(id -> !id.endsWith("#multiInstanceBody"))
        .toList();
  }
}
