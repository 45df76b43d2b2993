{-# LANGUAGE DataKinds, OverloadedStrings #-}
module Atlas.PrivateLinkReq where

import Data.Text (Text)
import Network.HTTP.Req

apiV1 :: Url 'Https
apiV1 = https "cloud.mongodb.com" /: "api" /: "atlas" /: "v1.0"

peBase :: Text -> Url 'Https
peBase gid = apiV1 /: "groups" /: gid /: "privateEndpoint"

getConnection :: Text -> Text -> Req (JsonResponse Value)
getConnection gid lid = req GET (peBase gid /: lid) NoReqBody jsonResponse mempty

addInterface :: Text -> Text -> Value -> Req (JsonResponse Value)
addInterface gid lid body = req POST (peBase gid /: lid /: "interfaceEndpoints") (ReqBodyJson body) jsonResponse mempty

listServices :: Text -> Text -> Req (JsonResponse Value)
listServices gid provider = req GET (apiV1 /: "groups" /: gid /: "privateEndpoint" /: provider /: "endpointService") NoReqBody jsonResponse mempty
