-- PostgreSQL: URLs for an HTTP extension, built with ||.
CREATE OR REPLACE FUNCTION atlas.connection_url(p_api text, p_group text, p_id text) RETURNS text AS $$
BEGIN
  RETURN p_api || '/groups/' || p_group || '/privateEndpoint/' || p_id;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION atlas.service_url(p_api text, p_group text, p_cloud text) RETURNS text AS $$
BEGIN
  RETURN p_api || '/groups/' || p_group || '/privateEndpoint/' || p_cloud || '/endpointService';
END;
$$ LANGUAGE plpgsql;
