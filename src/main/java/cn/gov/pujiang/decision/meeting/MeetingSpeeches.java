package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.engine.ProcedureViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who spoke at the meeting, in the order they spoke, with each one's own opinion and words (Decree 713 Art. 30), as
 * the meeting-record form's list {@code meetingParticipants} submits them (Camunda Forms send the list as a JSON
 * value; REST clients may send it as JSON text). The one home of the rules on the speeches: each person named once
 * with a role; one executive head; one person presiding; the head and every member state 同意 / 不同意 / 保留 in their
 * own words; the head speaks last, read from the order recorded; the meeting's decision is the head's; and whether
 * that decision departs from the majority of the members, derived from their opinions.
 */
public final class MeetingSpeeches {

  /** The form list's item fields (forms/meeting-record.form, dynamic list {@code meetingParticipants}). */
  public static final List<String> ITEM_FIELDS = List.of("name", "position", "role", "presided", "opinion", "statement");

  static final int MAX_PARTICIPANTS = 100;
  static final int NAME_LENGTH = 50;
  static final int POSITION_LENGTH = 100;
  static final int STATEMENT_LENGTH = 2000;
  private static final String ART_30 = "（《重大行政决策程序暂行条例》第三十条）";

  private final List<MeetingParticipant> participants;

  MeetingSpeeches(List<MeetingParticipant> participants) {
    this.participants = List.copyOf(participants);
  }

  /** The participants the form submitted, refused when one is incomplete; empty when none were recorded. */
  public static MeetingSpeeches read(VariableScope scope, String name) {
    JsonNode list = FormLists.read(scope, name, "与会人员及发言");
    List<MeetingParticipant> participants = new ArrayList<>();
    if (list == null) {
      return new MeetingSpeeches(participants);
    }
    if (list.size() > MAX_PARTICIPANTS) {
      throw new ProcedureViolation("“与会人员及发言”不得超过" + MAX_PARTICIPANTS + "人");
    }
    int order = 0;
    for (JsonNode item : list) {
      order++;
      String who = "第" + order + "位发言人";
      String personName = text(item, "name");
      if (personName == null) {
        throw new ProcedureViolation("请填写" + who + "的姓名");
      }
      who = who + "（" + personName + "）";
      ParticipantRole role = ParticipantRole.parse(text(item, "role"));
      if (role == null) {
        throw new ProcedureViolation("请选择" + who + "的身份：行政首长、会议组成人员或列席人员");
      }
      String opinionText = text(item, "opinion");
      MemberOpinion opinion = MemberOpinion.parse(opinionText);
      if (opinionText != null && opinion == null) {
        throw new ProcedureViolation(who + "的表态应为同意、不同意或保留");
      }
      String statement = text(item, "statement");
      if (role != ParticipantRole.OBSERVER && (opinion == null || statement == null)) {
        throw new ProcedureViolation(
            "请记录" + who + "本人的表态（同意、不同意或保留）和发表的意见，不同意见应当如实载明" + ART_30);
      }
      limit(personName, who + "的姓名", NAME_LENGTH);
      String position = text(item, "position");
      limit(position, who + "的职务", POSITION_LENGTH);
      limit(statement, who + "发表的意见", STATEMENT_LENGTH);
      boolean presided = item.path("presided").asBoolean(false)
          || "true".equalsIgnoreCase(item.path("presided").asText());
      participants.add(new MeetingParticipant(personName, position, role,
          presided, role == ParticipantRole.OBSERVER ? null : opinion, statement));
    }
    return new MeetingSpeeches(participants);
  }

  /**
   * Refuses a record whose speeches do not meet Art. 30 for the decision taken. Returns whether the head's decision
   * departs from the majority of the members, so that the caller requires the head's reasons.
   */
  public boolean check(MeetingOutcome outcome) {
    if (participants.isEmpty()) {
      throw new ProcedureViolation("请逐一记录与会人员及其发言：会议组成人员应当充分发表意见，不同意见应当如实载明" + ART_30);
    }
    List<MeetingParticipant> heads = participants.stream().filter(p -> p.getRole() == ParticipantRole.HEAD).toList();
    if (heads.size() != 1) {
      throw new ProcedureViolation("与会人员中应当有且只有一位行政首长" + ART_30);
    }
    long presiding = participants.stream().filter(MeetingParticipant::isPresided).count();
    if (presiding != 1) {
      throw new ProcedureViolation("请注明会议主持人（一人）");
    }
    if (members() == 0) {
      throw new ProcedureViolation("请记录会议组成人员的意见：会议组成人员应当充分发表意见" + ART_30);
    }
    if (!headSpokeLast()) {
      throw new ProcedureViolation("行政首长应当在会议组成人员充分发表意见后最后发表意见，请按发言顺序记录" + ART_30);
    }
    MemberOpinion headOpinion = heads.get(0).getOpinion();
    if ((outcome == MeetingOutcome.ADOPTED && headOpinion != MemberOpinion.AGREE)
        || (outcome == MeetingOutcome.REJECTED && headOpinion != MemberOpinion.DISAGREE)) {
      throw new ProcedureViolation("会议决定“" + outcome.label() + "”与行政首长的表态“" + headOpinion.label()
          + "”不一致：决定由行政首长作出" + ART_30);
    }
    return departsFromMajority(outcome);
  }

  /**
   * The head's decision departs from the majority unless more than half of the members stated the same view: to
   * adopt, more than half agreed; to reject, more than half disagreed. Sending back or deferring decides nothing.
   */
  public boolean departsFromMajority(MeetingOutcome outcome) {
    long members = members();
    return switch (outcome) {
      case ADOPTED -> count(MemberOpinion.AGREE) * 2 <= members;
      case REJECTED -> count(MemberOpinion.DISAGREE) * 2 <= members;
      default -> false;
    };
  }

  /** Whether no member spoke after the head, read from the order recorded. */
  public boolean headSpokeLast() {
    for (int i = participants.size() - 1; i >= 0; i--) {
      ParticipantRole role = participants.get(i).getRole();
      if (role == ParticipantRole.HEAD) {
        return true;
      }
      if (role == ParticipantRole.MEMBER) {
        return false;
      }
    }
    return false;
  }

  /** Members (not the head, not observers) with the given opinion. */
  public long count(MemberOpinion opinion) {
    return participants.stream()
        .filter(p -> p.getRole() == ParticipantRole.MEMBER && p.getOpinion() == opinion).count();
  }

  public long members() {
    return participants.stream().filter(p -> p.getRole() == ParticipantRole.MEMBER).count();
  }

  public List<MeetingParticipant> participants() {
    return participants;
  }

  public boolean isEmpty() {
    return participants.isEmpty();
  }

  /** Who attended, as one line: the old attendees column and the trail read it. */
  public String attendeesLine() {
    return String.join("、", participants.stream().map(MeetingParticipant::getName).toList());
  }

  private static String text(JsonNode item, String field) {
    return FormLists.text(item, field);
  }

  private static void limit(String value, String label, int max) {
    if (value != null && value.length() > max) {
      throw new ProcedureViolation("“" + label + "”不得超过" + max + "字");
    }
  }
}
