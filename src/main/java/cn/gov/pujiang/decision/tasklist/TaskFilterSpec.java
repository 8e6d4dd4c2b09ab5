package cn.gov.pujiang.decision.tasklist;

import java.util.List;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One Tasklist filter the application owns: its stable key (kept in the filter's properties, so a
 * restart finds it again), what Tasklist shows, the task query, and who may read it.
 *
 * @param key stable identity, e.g. {@code unit-open:baima}
 * @param name name shown in the Tasklist filter list
 * @param description tooltip in Tasklist
 * @param priority position in the filter list (lower comes first; the lowest is opened by default)
 * @param color colour of the filter in the list
 * @param dateBound whether the query holds absolute dates that are recomputed on every refresh
 * @param owner user who owns the filter, or null for a filter shared with groups only
 * @param readerGroups groups granted READ on the filter
 * @param readerUser user granted READ on the filter, or null
 * @param query the stored task query, without expressions (docs/tasklist.md, "Filters")
 */
public record TaskFilterSpec(
    String key,
    String name,
    String description,
    int priority,
    String color,
    boolean dateBound,
    String owner,
    List<String> readerGroups,
    String readerUser,
    TaskQuery query) {}
