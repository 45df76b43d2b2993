@echo off
rem Lists and deletes PrivateLink connections with curl.
set ATLAS_API=https://cloud.mongodb.com/api/atlas/v1.0
curl -s --digest -u "%PUB%:%PRIV%" "%ATLAS_API%/groups/%GROUP_ID%/privateEndpoint/%LINK_ID%"
curl -s --digest -X DELETE "https://cloud.mongodb.com/api/atlas/v1.0/groups/%GROUP_ID%/privateEndpoint/%LINK_ID%"
curl -s --digest "%ATLAS_API%/groups/%GROUP_ID%/privateEndpoint/%PROVIDER%/endpointService"
echo Done with %GROUP_ID%
