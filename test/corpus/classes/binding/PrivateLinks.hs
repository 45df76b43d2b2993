{-# LANGUAGE OverloadedStrings #-}
module Atlas.PrivateLinks (deleteLink, listServices, describeLink) where

import Network.HTTP.Simple
import Text.Printf (printf)

apiBase :: String
apiBase = "https://cloud.mongodb.com/api/atlas/v1.0"

linksUrl :: String -> String
linksUrl g = apiBase ++ "/groups/" ++ g ++ "/privateEndpoint"

servicesUrl :: String -> String -> String
servicesUrl g provider = apiBase ++ "/groups/" ++ g ++ "/privateEndpoint/" ++ provider ++ "/endpointService"

describeLink :: String -> String -> IO (Response ByteString)
describeLink g lid = httpBS =<< parseRequest (linksUrl g ++ "/" ++ lid)

deleteLink :: String -> String -> IO ()
deleteLink g lid = do
  request <- parseRequest ("DELETE " ++ linksUrl g ++ "/" ++ lid)
  _ <- httpNoBody request
  pure ()

listServices :: String -> IO (Response ByteString)
listServices g = httpBS =<< parseRequest (servicesUrl g "AWS")

deleteService :: String -> String -> String -> IO ()
deleteService g provider sid = do
  request <- parseRequest ("DELETE " ++ servicesUrl g provider ++ "/" ++ sid)
  _ <- httpNoBody request
  pure ()

logDeletion :: String -> IO ()
logDeletion url = putStrLn ("DELETE " ++ url ++ " done")
