-- Subscriptions an alert event concerns, each with whether the same kind of event at the same gauge was already
-- sent to it within its cool-down. $1 alert id, $2 event (raised or cleared).
SELECT n.id, n.channel, n.target, u.username,
       EXISTS (
         SELECT 1 FROM notification_log AS l
         JOIN flood_alert AS earlier ON earlier.id = l.alert_id
         WHERE l.subscription_id = n.id AND l.status = 'sent' AND l.event = $2
           AND earlier.sensor_id = a.sensor_id AND earlier.kind = a.kind
           AND l.at > now() - make_interval(mins => n.cooldown_minutes)
       ) AS cooling_down
FROM flood_alert AS a
JOIN notification_subscription AS n ON n.min_severity <= a.severity AND (n.sensors IS NULL OR a.sensor_id = ANY (n.sensors))
JOIN app_user AS u ON u.id = n.user_id AND u.disabled_at IS NULL
JOIN user_role AS r ON r.user_id = u.id AND r.role = 'flood_operator'
WHERE a.id = $1
ORDER BY n.id;
