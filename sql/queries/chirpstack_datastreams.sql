-- The datastreams an uplink feeds: $1 device profile, $2 layer tag, $3 feature tag.
SELECT f.object_key, d.id AS datastream_id
FROM chirpstack_profile_field AS f
JOIN sensor AS s ON s.layer = $2 AND s.feature_id = $3::integer
JOIN datastream AS d ON d.sensor_id = s.id AND d.observed_property = f.observed_property
WHERE f.device_profile = $1;
