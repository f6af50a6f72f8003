package com.dealercsi.shared.events;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox's part of an erasure (ADR 0050): the stored payloads of events about the owner's visits, completed or
 * still waiting, found by the visit they name ({@code event_publication.visit_id}, V67). Fields that hold what the
 * owner wrote or who they are read as the marker; any other text has the owner's values replaced. The payload is
 * read and written back as JSON, so an escaped form of a value ({@code \u5f20}) goes as well as the plain one, and a
 * listener still reads the event: a waiting {@code VisitDelivered} of an erased visit then carries no address, and
 * its invitation is skipped instead of mailed.
 */
@Component
class OutboxErasure implements PersonalDataEraser {

    /** Fields of the events that carry an owner's data; replaced whole wherever they hold text. */
    static final Set<String> PERSONAL_FIELDS = Set.of("email", "comment", "ownerName", "phone", "plate", "vin");

    /**
     * Text that is a code (an enum, a UUID, a time): an owner's value is never cut out of it, which would leave an
     * event no listener can read; it goes only when it is the whole text (a VIN, say).
     */
    private static final Pattern CODE = Pattern.compile("^([A-Z][A-Z0-9_]*"
            + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "|\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})?)$");

    /** Numbers as they were written: a time in seconds with nanos must not come back rounded as a double. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final NamedParameterJdbcTemplate jdbc;

    OutboxErasure(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        if (owner.visitIds().isEmpty()) {
            return Map.of();
        }
        var forms = OwnerText.forms(owner);
        var changes = new ArrayList<MapSqlParameterSource>();
        jdbc.query(
                "select id, serialized_event from event_publication where visit_id in (:ids)",
                new MapSqlParameterSource(
                        "ids", owner.visitIds().stream().map(Object::toString).toList()),
                row -> {
                    var stored = row.getString("serialized_event");
                    var erased = erased(stored, forms);
                    if (!erased.equals(stored)) {
                        changes.add(new MapSqlParameterSource("id", row.getString("id")).addValue("event", erased));
                    }
                });
        if (!changes.isEmpty()) {
            jdbc.batchUpdate(
                    "update event_publication set serialized_event = :event where id = :id",
                    changes.toArray(MapSqlParameterSource[]::new));
        }
        return Map.of("event_publication", changes.size());
    }

    /** The payload without the owner's data; as stored when it holds none. */
    static String erased(String serialized, List<String> forms) {
        JsonNode tree;
        try {
            tree = JSON.readTree(serialized);
        } catch (RuntimeException notJson) {
            return OwnerText.scrub(serialized, forms);
        }
        return erase(tree, forms) ? JSON.writeValueAsString(tree) : serialized;
    }

    private static String erasedText(String text, List<String> forms) {
        if (!CODE.matcher(text).matches()) {
            return OwnerText.scrub(text, forms);
        }
        return forms.stream().anyMatch(text::equalsIgnoreCase) ? MARKER : text;
    }

    private static boolean erase(JsonNode node, List<String> forms) {
        var changed = false;
        if (node instanceof ObjectNode object) {
            for (var field : new ArrayList<>(object.properties())) {
                var value = field.getValue();
                if (value.isString()) {
                    var text = value.stringValue();
                    var erased = PERSONAL_FIELDS.contains(field.getKey()) && !text.isEmpty()
                            ? MARKER
                            : erasedText(text, forms);
                    if (!erased.equals(text)) {
                        object.put(field.getKey(), erased);
                        changed = true;
                    }
                } else {
                    changed |= erase(value, forms);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                var value = array.get(i);
                if (value.isString()) {
                    var text = value.stringValue();
                    var erased = erasedText(text, forms);
                    if (!erased.equals(text)) {
                        array.set(i, array.stringNode(erased));
                        changed = true;
                    }
                } else {
                    changed |= erase(value, forms);
                }
            }
        }
        return changed;
    }
}
